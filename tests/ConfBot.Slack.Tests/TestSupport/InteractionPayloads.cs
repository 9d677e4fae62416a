namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>
/// Shortcut and modal payloads in Slack's shape, from bolt-python's scenario tests (<c>tests/scenario_tests/</c>
/// <c>test_shortcut.py</c>, <c>test_view_submission.py</c>, <c>test_view_closed.py</c>), with the parts tests vary.
/// </summary>
internal static class InteractionPayloads
{
    public const string ShortcutId = "test-shortcut";
    public const string ViewCallbackId = "view-id";

    /// <summary><c>global_shortcut_body</c> of test_shortcut.py.</summary>
    public static string GlobalShortcut(string callbackId = ShortcutId) =>
        $$"""
        {"type":"shortcut","token":"verification_token","action_ts":"111.111",
         "team":{"id":"T111","domain":"workspace-domain","enterprise_id":"E111","enterprise_name":"Org Name"},
         "user":{"id":"W111","username":"primary-owner","team_id":"T111"},
         "callback_id":"{{callbackId}}","trigger_id":"111.111.xxxxxx"}
        """;

    /// <summary><c>message_shortcut_body</c> of test_shortcut.py, with a message in a thread.</summary>
    public const string MessageShortcut =
        """
        {"type":"message_action","token":"verification_token","action_ts":"1583637157.207593",
         "team":{"id":"T111","domain":"test-test","enterprise_id":"E111","enterprise_name":"Org Name"},
         "user":{"id":"W111","name":"test-test"},"channel":{"id":"C111","name":"dev"},
         "callback_id":"test-shortcut","trigger_id":"111.222.xxx","message_ts":"1583636382.000300",
         "message":{"client_msg_id":"zzzz-111-222-xxx-yyy","type":"message","text":"<@W222> test","user":"W111",
                    "ts":"1583636382.000300","thread_ts":"1583636000.000100","team":"T111",
                    "blocks":[{"type":"rich_text","block_id":"d7eJ","elements":[{"type":"rich_text_section","elements":[{"type":"user","user_id":"U222"},{"type":"text","text":" test"}]}]}]},
         "response_url":"https://hooks.slack.com/app/T111/111/xxx"}
        """;

    /// <summary>The <c>body</c> of test_view_submission.py, its state holding <paramref name="values"/> (block → action → element state).</summary>
    public static string ViewSubmission(string values = """{"hspI":{"maBWU":{"type":"plain_text_input","value":"test"}}}""", string callbackId = ViewCallbackId) =>
        $$"""
        {"type":"view_submission",
         "team":{"id":"T111","domain":"workspace-domain","enterprise_id":"E111","enterprise_name":"Sandbox Org"},
         "user":{"id":"W111","username":"primary-owner","name":"primary-owner","team_id":"T111"},
         "api_app_id":"A111","token":"verification_token","trigger_id":"111.222.valid",
         "view":{{View(callbackId, values)}},"response_urls":[]}
        """;

    /// <summary>The <c>body</c> of test_view_closed.py.</summary>
    public static string ViewClosed(string callbackId = ViewCallbackId) =>
        $$"""
        {"type":"view_closed",
         "team":{"id":"T111","domain":"workspace-domain","enterprise_id":"E111","enterprise_name":"Sandbox Org"},
         "user":{"id":"W111","username":"primary-owner","name":"primary-owner","team_id":"T111"},
         "api_app_id":"A111","token":"verification_token","view":{{View(callbackId, "{}")}},"is_cleared":false}
        """;

    /// <summary>A click on a 👎 of <c>feedback_buttons</c>: the action's shape is bolt-js's <c>FeedbackButtonsAction</c> (type, value, text).</summary>
    public const string FeedbackClick =
        """
        {"type":"block_actions","user":{"id":"W111","username":"primary-owner","name":"primary-owner","team_id":"T111"},
         "api_app_id":"A111","token":"verification_token",
         "container":{"type":"message","message_ts":"111.222","channel_id":"C111","is_ephemeral":false},
         "trigger_id":"111.222.valid","team":{"id":"T111","domain":"workspace-domain"},"channel":{"id":"C111","name":"test-channel"},
         "message":{"type":"message","ts":"111.222","bot_id":"B111","text":"An answer",
                    "metadata":{"event_type":"confbot_answer","event_payload":{"talks":["t1","t2"]}}},
         "response_url":"https://hooks.slack.com/actions/T111/111/random-value",
         "actions":[{"type":"feedback_buttons","action_id":"confbot_feedback","block_id":"fb1",
                     "text":{"type":"plain_text","text":"👎","emoji":true},"value":"negative","action_ts":"1596530385.194939"}]}
        """;

    private static string View(string callbackId, string values) =>
        $$$"""
        {"id":"V111","team_id":"T111","type":"modal",
         "blocks":[{"type":"input","block_id":"hspI","label":{"type":"plain_text","text":"Label"},"optional":false,"element":{"type":"plain_text_input","action_id":"maBWU"}}],
         "private_metadata":"This is for you!","callback_id":"{{{callbackId}}}","state":{"values":{{{values}}}},
         "hash":"1596530361.3wRYuk3R","title":{"type":"plain_text","text":"My App"},"clear_on_close":false,"notify_on_close":false,
         "close":{"type":"plain_text","text":"Cancel"},"submit":{"type":"plain_text","text":"Submit"},
         "previous_view_id":null,"root_view_id":"V111","app_id":"A111","external_id":"","app_installed_team_id":"T111","bot_id":"B111"}
        """;
}
