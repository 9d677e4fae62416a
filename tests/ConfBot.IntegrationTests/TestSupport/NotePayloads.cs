using System.Text.Json;

namespace ConfBot.IntegrationTests.TestSupport;

/// <summary>
/// The interactions and Web API replies of notes written from Slack, in Slack's shapes: view_submission and the
/// message shortcut from bolt-python's scenario tests (<c>tests/scenario_tests/test_view_submission.py</c>,
/// <c>test_shortcut.py</c>), <c>conversations.replies</c>, <c>chat.getPermalink</c> and <c>files.info</c> from Slack's
/// method pages, a <c>file_share</c> DM from java-slack-sdk's <c>json-logs/samples/events/MessageFileSharePayload.json</c>.
/// </summary>
internal static class NotePayloads
{
    public const string ShortcutChannel = "C111";
    public const string ShortcutMessageTs = "1583636382.000300";
    public const string Permalink = "https://test.slack.com/archives/C111/p1583636382000300";

    /// <summary>A <c>views.open</c> / <c>views.update</c> success.</summary>
    public const string OpenedView = """{"ok":true,"view":{"id":"V111","hash":"1596530361.3wRYuk3R"}}""";

    /// <summary>
    /// The notes modal (or the modal of <paramref name="callbackId"/>) submitted by <paramref name="user"/>, each field's
    /// typed text by block id (a missing field is empty).
    /// </summary>
    public static string Submission(string privateMetadata, IReadOnlyDictionary<string, string?> fields, string user = SlackPayloads.CommandUser, string callbackId = "confbot_note")
    {
        var values = fields.ToDictionary(
            f => f.Key,
            f => new Dictionary<string, object?> { ["value"] = new Dictionary<string, string?> { ["type"] = f.Key == "note_year" ? "number_input" : "plain_text_input", ["value"] = f.Value } });
        return $$"""
            {"type":"view_submission",
             "team":{"id":"T111","domain":"workspace-domain","enterprise_id":"E111","enterprise_name":"Sandbox Org"},
             "user":{"id":"{{user}}","username":"primary-owner","name":"primary-owner","team_id":"T111"},
             "api_app_id":"A111","token":"verification_token","trigger_id":"111.222.valid",
             "view":{"id":"V111","team_id":"T111","type":"modal","blocks":[],
                     "private_metadata":{{JsonSerializer.Serialize(privateMetadata)}},"callback_id":"{{callbackId}}",
                     "state":{"values":{{JsonSerializer.Serialize(values)}}},
                     "hash":"1596530361.3wRYuk3R","title":{"type":"plain_text","text":"Add conference notes"},"clear_on_close":false,"notify_on_close":false,
                     "close":{"type":"plain_text","text":"Cancel"},"submit":{"type":"plain_text","text":"Save"},
                     "previous_view_id":null,"root_view_id":"V111","app_id":"A111","external_id":"","app_installed_team_id":"T111","bot_id":"B111"},
             "response_urls":[]}
            """;
    }

    /// <summary>"Save as conference notes" on the parent of a thread.</summary>
    public static string MessageShortcut(string text) =>
        $$"""
        {"type":"message_action","token":"verification_token","action_ts":"1583637157.207593",
         "team":{"id":"T111","domain":"test-test","enterprise_id":"E111","enterprise_name":"Org Name"},
         "user":{"id":"W111","name":"test-test"},"channel":{"id":"{{ShortcutChannel}}","name":"dev"},
         "callback_id":"confbot_save_message","trigger_id":"111.222.xxx","message_ts":"{{ShortcutMessageTs}}",
         "message":{"client_msg_id":"zzzz-111-222-xxx-yyy","type":"message","text":{{JsonSerializer.Serialize(text)}},"user":"W111",
                    "ts":"{{ShortcutMessageTs}}","thread_ts":"{{ShortcutMessageTs}}","team":"T111"},
         "response_url":"https://hooks.slack.com/app/T111/111/xxx"}
        """;

    /// <summary>The thread under the shortcut's message: the parent, then replies by <c>(user, text)</c>.</summary>
    public static string Thread(string parentText, params (string User, string Text)[] replies)
    {
        var messages = new[] { ("W111", parentText) }.Concat(replies).Select((m, i) => new Dictionary<string, object>
        {
            ["type"] = "message",
            ["user"] = m.Item1,
            ["text"] = m.Item2,
            ["thread_ts"] = ShortcutMessageTs,
            ["ts"] = $"15836363{82 + i}.000300",
        });
        return $$$"""{"ok":true,"messages":{{{JsonSerializer.Serialize(messages)}}},"has_more":false,"response_metadata":{"next_cursor":""}}""";
    }

    public const string PermalinkReply = $$"""{"ok":true,"channel":"{{ShortcutChannel}}","permalink":"{{Permalink}}"}""";

    /// <summary><c>files.info</c> for a file served by the fake Slack at <paramref name="url"/>.</summary>
    public static string FileInfo(string name, string filetype, long size, string url) =>
        $$$"""
        {"ok":true,"file":{"id":"F0123ABC","created":1700000000,"timestamp":1700000000,"name":"{{{name}}}","title":"{{{name}}}","mimetype":"text/plain",
         "filetype":"{{{filetype}}}","user":"{{{SlackPayloads.CommandUser}}}","mode":"hosted","is_external":false,"size":{{{size}}},
         "url_private":"{{{url}}}","url_private_download":"{{{url}}}","permalink":"https://test.slack.com/files/{{{SlackPayloads.CommandUser}}}/F0123ABC/{{{name}}}"},
         "comments":[],"response_metadata":{"next_cursor":""}}
        """;

    /// <summary>A file shared in the DM with ConfBot (<c>file_share</c>), the event's copy of the file as Slack sends it.</summary>
    public static string FileShared(string name, string eventId) =>
        Payloads.DirectMessage(eventId, "1700000000.000300", text: "my notes", extra:
            $$""","subtype":"file_share","files":[{"id":"F0123ABC","name":"{{name}}","title":"{{name}}","mimetype":"text/plain","filetype":"text","size":2048,"mode":"hosted","url_private":"https://files.slack.com/files-pri/T1-F0123ABC/{{name}}","url_private_download":"https://files.slack.com/files-pri/T1-F0123ABC/download/{{name}}"}],"upload":true,"display_as_bot":false""");
}
