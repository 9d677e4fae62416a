using System.ComponentModel.DataAnnotations;
using ConfBot.Core.Notes;

namespace ConfBot.Core.Tests.Notes;

public sealed class NotesOptionsTests
{
    [Theory]
    [InlineData("github.com/team/notes")]
    [InlineData("ftp://example.com/notes")]
    public void A_notes_base_url_that_is_not_an_absolute_web_address_is_refused(string baseUrl)
    {
        var errors = new NotesOptions { BaseUrl = baseUrl }.Validate(new ValidationContext(new object()));

        Assert.Contains("ConfBot:Notes:BaseUrl", Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void An_unset_notes_base_url_is_fine_and_links_nothing()
    {
        var options = new NotesOptions();

        Assert.Empty(options.Validate(new ValidationContext(options)));
        Assert.Null(options.NotesWebsite);
    }
}
