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
        $$"""
        {"token":"one-long-verification-token","team_id":"T123ABC456","api_app_id":"A0PNCHHK2",
         "event":{"type":"message","channel":"{{DmChannel}}","user":"U2147483697","text":"{{text}}",
                  "ts":"{{ts}}","event_ts":"{{ts}}","channel_type":"im"},
         "type":"event_callback","authorizations":[{"team_id":"T123ABC456","user_id":"U2147483697","is_bot":false,"is_enterprise_install":false}],
         "event_id":"{{eventId}}","event_time":1355517523}
        """;

    public static string AppMention(string question, string eventId = "Ev111MENTION", string ts = "1515449522.000016") =>
        $$"""
        {"token":"t","team_id":"T111","api_app_id":"A111",
         "event":{"type":"app_mention","user":"U061F7AUR","text":"<@{{FakeSlack.BotUserId}}> {{question}}","ts":"{{ts}}","channel":"{{MentionChannel}}","event_ts":"{{ts}}"},
         "type":"event_callback","event_id":"{{eventId}}","event_time":1515449522}
        """;

    public static string SocketEnvelope(string type, string payload, string envelopeId) =>
        $$"""{"envelope_id":"{{envelopeId}}","payload":{{payload}},"type":"{{type}}","accepts_response_payload":false,"retry_attempt":0,"retry_reason":""}""";

    public static string ButtonClick(string actionId, string value, string responseUrl) =>
        $$"""
        {"type":"block_actions","user":{"id":"W111","username":"primary-owner","name":"primary-owner","team_id":"T111"},
         "api_app_id":"A111","token":"verification_token",
         "container":{"type":"message","message_ts":"111.222","channel_id":"C111","is_ephemeral":true},
         "trigger_id":"111.222.valid","team":{"id":"T111","domain":"workspace-domain"},
         "channel":{"id":"C111","name":"test-channel"},
         "response_url":"{{responseUrl}}",
         "actions":[{"action_id":"{{actionId}}","block_id":"b","text":{"type":"plain_text","text":"Button","emoji":true},
                     "value":"{{value}}","type":"button","action_ts":"1596530385.194939"}]}
        """;
}
