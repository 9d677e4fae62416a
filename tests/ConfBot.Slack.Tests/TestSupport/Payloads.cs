using System.Text.Json;

namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Realistic Slack payloads (from Slack's docs and SDK fixtures) with the parts tests vary; the integration tests compile this file too.</summary>
internal static class Payloads
{
    public const string SlashCommandForm =
        "token=verification_token&team_id=T111&team_domain=test-domain&channel_id=C111&channel_name=random&user_id=W111&user_name=primary-owner&command=%2Fconfbot&text=Hi&enterprise_id=E111&enterprise_name=Org+Name&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT111%2F111%2Fxxxxx&trigger_id=111.111.xxx";

    public const string UrlVerification =
        """{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

    public static string CommandForm(string responseUrl, string command = "/confbot", string text = "Hi") =>
        $"team_id=T111&channel_id=C111&user_id=W111&command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}&response_url={Uri.EscapeDataString(responseUrl)}&trigger_id=111.111.xxx";

    public static string DirectMessage(string eventId = "Ev0PV52K21", string ts = "1355517523.000005", string extra = "", string text = "Hello hello can you hear me?") =>
        $$"""
        {"token":"one-long-verification-token","team_id":"T123ABC456","api_app_id":"A0PNCHHK2",
         "event":{"type":"message","channel":"D024BE91L","user":"U2147483697","text":"{{text}}",
                  "ts":"{{ts}}","event_ts":"{{ts}}","channel_type":"im"{{extra}}},
         "type":"event_callback","authorizations":[{"team_id":"T123ABC456","user_id":"U2147483697","is_bot":false,"is_enterprise_install":false}],
         "event_id":"{{eventId}}","event_time":1355517523}
        """;

    public static string Callback(string innerEvent, string eventId = "Ev111") =>
        $$"""{"token":"t","team_id":"T111","api_app_id":"A111","event":{{innerEvent}},"type":"event_callback","event_id":"{{eventId}}","event_time":1610241741}""";

    public const string AppMentionEvent =
        """{"type":"app_mention","user":"U061F7AUR","text":"<@U0LAN0Z89> is it everything a river should be?","ts":"1515449522.000016","channel":"C123ABC456","event_ts":"1515449522000016"}""";

    public static readonly string BlockActions = ButtonClick("a", "click_me_123", "https://hooks.slack.com/actions/T111/111/random-value");

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

    /// <summary>
    /// A <c>block_actions</c> from a modal whose static select has 10 option groups of 30 options: about 67 KB,
    /// because Slack sends the whole view. Shape and sizes from python-slack-sdk's real payload in
    /// <c>tests/slack_sdk/socket_mode/mock_socket_mode_server.py</c> (the envelope with view_id V1234567890).
    /// </summary>
    public static string ModalSelectAction()
    {
        var selected = $$"""{"text":{"type":"plain_text","text":"{{new string('b', 75)}}","emoji":true},"value":"{{new string('a', 75)}}"}""";
        var group = $$"""{"label":{"type":"plain_text","text":"{{string.Concat(Enumerable.Repeat("Label", 8))}}","emoji":true},"options":[{{string.Join(',', Enumerable.Repeat(selected, 30))}}]}""";
        var state = """{"values":{"block":{"a":{"type":"static_select","selected_option":""" + selected + "}}}}";
        return $$$"""
            {"type":"block_actions","user":{"id":"U12345678","username":"testxyz","name":"testxyz","team_id":"T12345678"},
             "api_app_id":"A1234567890","token":"123456789012345678901234","container":{"type":"view","view_id":"V1234567890"},
             "trigger_id":"3701415066658.3485157640.72f11de3d52bb9593d6931af772a323e","team":{"id":"T12345678","domain":"testxyz"},
             "enterprise":null,"is_enterprise_install":false,
             "view":{"id":"V1234567890","team_id":"T12345678","type":"modal",
                     "blocks":[{"type":"actions","block_id":"block","elements":[{"type":"static_select","action_id":"a","option_groups":[{{{string.Join(',', Enumerable.Repeat(group, 10))}}}]}]}],
                     "private_metadata":"","callback_id":"","state":{{{state}}},
                     "hash":"1655863316.uFehmGP0","title":{"type":"plain_text","text":"My title","emoji":true},
                     "clear_on_close":false,"notify_on_close":false,"close":{"type":"plain_text","text":"Cancel","emoji":true},
                     "submit":{"type":"plain_text","text":"Submit","emoji":true},"previous_view_id":null,"root_view_id":"V1234567890",
                     "app_id":"A1234567890","external_id":"","app_installed_team_id":"T12345678","bot_id":"B1234567890"},
             "actions":[{"type":"static_select","action_id":"a","block_id":"block","selected_option":{{{selected}}},"action_ts":"1655863389.628431"}]}
            """;
    }

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;
}
