using System.Text.Json.Nodes;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>Slack's payload shapes (SLACK-PROTOCOL.md, from Slack's docs and SDK fixtures) with the parts tests vary.</summary>
internal static class SlackPayloads
{
    public const string DmChannel = "D024BE91L";
    public const string MentionChannel = "C123ABC456";

    public const string CommandChannel = "C2147483705";
    public const string CommandUser = "U2147483697";

    public static string SlashCommand(string text, string responseUrl) =>
        $"token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id={CommandChannel}&channel_name=test"
        + $"&user_id={CommandUser}&user_name=Steve&command=%2Fconfbot&text={Uri.EscapeDataString(text)}"
        + $"&response_url={Uri.EscapeDataString(responseUrl)}&trigger_id=13345224609.738474920.8088930838d88f008e0&api_app_id=A123456";

    public static string DirectMessage(string text, string eventId = "Ev0PV52K21", string ts = "1355517523.000005") =>
        Payloads.DirectMessage(eventId, ts, text: text);

    public static string AppMention(string question, string eventId = "Ev111MENTION", string ts = "1515449522.000016") =>
        $$"""
        {"token":"t","team_id":"T111","api_app_id":"A111",
         "event":{"type":"app_mention","user":"U061F7AUR","text":"<@{{FakeSlack.BotUserId}}> {{question}}","ts":"{{ts}}","channel":"{{MentionChannel}}","event_ts":"{{ts}}"},
         "type":"event_callback","event_id":"{{eventId}}","event_time":1515449522}
        """;

    /// <summary>
    /// A person's reply in a channel thread, as <c>message.channels</c> delivers it: the inner event is bolt-python's
    /// <c>user_message_event_body</c> (tests/scenario_tests/test_events_assistant.py) moved from a DM to a channel.
    /// </summary>
    public static string ThreadReply(string text, string threadTs, string parentUserId, string eventId, string ts = "1515449600.000100") =>
        $$"""
        {"token":"t","team_id":"T111","api_app_id":"A111",
         "event":{"user":"W222","type":"message","ts":"{{ts}}","text":"{{text}}","team":"T111","user_team":"T111","source_team":"T111",
                  "user_profile":{},"thread_ts":"{{threadTs}}","parent_user_id":"{{parentUserId}}","channel":"{{MentionChannel}}",
                  "event_ts":"{{ts}}","channel_type":"channel"},
         "type":"event_callback","event_id":"{{eventId}}","event_time":1515449600}
        """;

    /// <summary>Slack's link_shared example (<see cref="EventPayloads.LinkSharedEvent"/>) holding <paramref name="urls"/>, in an envelope.</summary>
    public static string LinkShared(string eventId, params string[] urls)
    {
        var shared = JsonNode.Parse(EventPayloads.LinkSharedEvent)!;
        shared["links"] = new JsonArray([.. urls.Select(u => new JsonObject { ["domain"] = new Uri(u).Host, ["url"] = u })]);
        return Payloads.Callback(shared.ToJsonString(), eventId);
    }

    /// <summary>Slack's app_home_opened for the Messages tab of the DM <see cref="DmChannel"/> (api.slack.com/events/app_home_opened).</summary>
    public static string MessagesTabOpened(string eventId, string user = "U061F7AUR") =>
        Payloads.Callback($$"""{"type":"app_home_opened","user":"{{user}}","channel":"{{DmChannel}}","tab":"messages","event_ts":"1515449522000016"}""", eventId);

    public static string SocketEnvelope(string type, string payload, string envelopeId) =>
        $$"""{"envelope_id":"{{envelopeId}}","payload":{{payload}},"type":"{{type}}","accepts_response_payload":false,"retry_attempt":0,"retry_reason":""}""";
}
