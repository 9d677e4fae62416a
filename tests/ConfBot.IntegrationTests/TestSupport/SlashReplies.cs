namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>Reads a slash command's answer wherever Slack would see it: the ack body, or the response_url when the ack came first.</summary>
internal static class SlashReplies
{
    public static async Task<string> ReadAsync(HttpResponseMessage ack, FakeSlack slack, string responseId)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, ack.StatusCode);
        var body = await ack.Content.ReadAsStringAsync();
        return body.Length > 0 ? body : (await slack.WaitForCallAsync($"response/{responseId}")).Body;
    }
}
