using ConfBot.Core.Notes;
using ConfBot.Hosting;
using Microsoft.Extensions.Options;

namespace ConfBot.Host.Tests.Hosting;

public sealed class SettingsErrorsTests
{
    [Theory]
    [InlineData("The field MaxFileBytes must be between 1 and 9.223372036854776E+18.", "ConfBot:Notes:MaxFileBytes must be at least 1.")]
    [InlineData("The field WrittenPollInterval must be between 00:00:00.1000000 and 01:00:00.", "ConfBot:Notes:WrittenPollInterval must be between 00:00:00.1 and 01:00:00.")]
    [InlineData("The Directory field is required.", "ConfBot:Notes:Directory: The Directory field is required.")]
    public void A_failed_annotation_names_the_setting_and_its_bounds_as_a_person_writes_them(string annotation, string described)
    {
        var member = annotation.Split(' ')[annotation.StartsWith("The field", StringComparison.Ordinal) ? 2 : 1];
        var failure = new OptionsValidationException("", typeof(NotesOptions),
            [$"DataAnnotation validation failed for '{nameof(NotesOptions)}' members: '{member}' with the error: '{annotation}'."]);

        Assert.Equal(described, SettingsErrors.Describe(failure));
    }

    [Theory]
    [InlineData("5MB", "System.Int64", "'5MB' is not a whole number (e.g. 5000000).")]
    [InlineData("soon", "System.TimeSpan", "'soon' is not a duration as hh:mm:ss (e.g. 00:00:30).")]
    [InlineData("maybe", "System.Boolean", "'maybe' is not true or false.")]
    [InlineData("Sokcet", "ConfBot.Slack.SlackMode", "'Sokcet' is not one of Http, Socket.")]
    public void A_value_that_does_not_convert_says_what_is_accepted_without_a_type_name(string value, string type, string described)
    {
        // The binder that failed had the setting's type loaded; so does this test.
        Assert.True(typeof(ConfBot.Slack.SlackMode).IsEnum);
        var failure = new InvalidOperationException($"Failed to convert configuration value '{value}' at 'ConfBot:X:Y' to type '{type}'.");

        Assert.Equal($"ConfBot:X:Y: {described}", SettingsErrors.Describe(failure));
    }

    [Fact]
    public void Any_other_exception_is_not_a_setting()
    {
        Assert.Null(SettingsErrors.Describe(new InvalidOperationException("Sequence contains no elements")));
    }
}
