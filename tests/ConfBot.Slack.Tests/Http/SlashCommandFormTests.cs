using ConfBot.Slack.Http;
using ConfBot.Slack.Tests.TestSupport;

namespace ConfBot.Slack.Tests.Http;

public sealed class SlashCommandFormTests
{
    [Fact]
    public void Parses_every_documented_field_with_plus_as_space()
    {
        var command = SlashCommandForm.Parse(FormBody.ParseForm(System.Text.Encoding.UTF8.GetBytes(Payloads.SlashCommandForm)));

        Assert.NotNull(command);
        Assert.Equal("/confbot", command.Command);
        Assert.Equal("Hi", command.Text);
        Assert.Equal("W111", command.UserId);
        Assert.Equal("C111", command.ChannelId);
        Assert.Equal("random", command.ChannelName);
        Assert.Equal("T111", command.TeamId);
        Assert.Equal("test-domain", command.TeamDomain);
        Assert.Equal("E111", command.EnterpriseId);
        Assert.Equal("Org Name", command.EnterpriseName);
        Assert.Equal("https://hooks.slack.com/commands/T111/111/xxxxx", command.ResponseUrl);
        Assert.Equal("111.111.xxx", command.TriggerId);
    }

    [Fact]
    public void Empty_text_parses_as_empty_string()
    {
        var command = SlashCommandForm.Parse(FormBody.ParseForm("team_id=T&channel_id=C&user_id=U&command=%2Fconfbot&text=&response_url=https%3A%2F%2Fx"u8.ToArray()));

        Assert.Equal("", command?.Text);
    }

    [Theory]
    [InlineData("command")]
    [InlineData("user_id")]
    [InlineData("channel_id")]
    [InlineData("team_id")]
    [InlineData("response_url")]
    public void Missing_required_field_is_rejected(string field)
    {
        var form = FormBody.ParseForm(System.Text.Encoding.UTF8.GetBytes(Payloads.SlashCommandForm));
        form.Remove(field);

        Assert.Null(SlashCommandForm.Parse(form));
    }
}
