using ConfBot.IntegrationTests.TestSupport;

namespace ConfBot.IntegrationTests.Scenarios;

public sealed class UnfurlScenarios
{
    // The notes give this link for one talk only, which has a summary, one write-up and one open action point.
    private const string TalkLink = "https://jenkins.io/blog/2016/08/08/docker-pipeline-environments/";

    private static readonly Dictionary<string, string?> OnJenkins = new() { ["ConfBot:Slack:UnfurlDomains:0"] = "jenkins.io" };

    [Fact]
    public async Task A_pasted_link_from_the_notes_unfurls_with_the_teams_summary_write_ups_and_open_action_points()
    {
        await using var service = await ConfBotService.StartAsync(settings: OnJenkins);

        await service.PostEventAsync(SlackPayloads.LinkShared("EvUNFURL1", TalkLink, "https://jenkins.io/download/"));
        var unfurl = await service.Slack.WaitForCallAsync("chat.unfurl");

        // The event came with an unfurl_id and source, which chat.unfurl takes in place of channel and ts.
        Assert.StartsWith("C123456.123456789.987501.", unfurl.Field("unfurl_id"), StringComparison.Ordinal);
        Assert.Equal("conversations_history", unfurl.Field("source"));
        var previews = unfurl.Json.GetProperty("unfurls");
        var preview = SlackMessageText.Of(previews.GetProperty(TalkLink).GetRawText());
        Assert.Single(previews.EnumerateObject());
        Assert.Contains("Michael Neale (CloudBees)", preview, StringComparison.Ordinal);
        Assert.Contains("declare pipelines for testing and deployment with a \"Jenkinsfile\"", preview, StringComparison.Ordinal);
        Assert.Contains("1 write-up", preview, StringComparison.Ordinal);
        Assert.Contains("Open action points (1)", preview, StringComparison.Ordinal);
        Assert.Contains("try out Jenkins in docker with new UI", preview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://jenkins.io/download/")]
    [InlineData("https://github.com/github/scientist")]
    public async Task A_link_in_no_note_or_off_the_unfurl_domains_is_left_to_slack(string link)
    {
        await using var service = await ConfBotService.StartAsync(settings: OnJenkins);

        await service.PostEventAsync(SlackPayloads.LinkShared("EvUNFURL2", link));
        await service.WaitForWorkAsync(1);

        Assert.Empty(service.Slack.CallsTo("chat.unfurl"));
    }
}
