namespace ConfBot.Slack.Tests.TestSupport;

/// <summary>Inner events of #15's surfaces in Slack's shape; each names where it was copied from.</summary>
internal static class EventPayloads
{
    /// <summary>The example on Slack's link_shared event page (api.slack.com/events/link_shared).</summary>
    public const string LinkSharedEvent =
        """
        {"type":"link_shared","channel":"C123ABC456","is_bot_user_member":true,"user":"U123ABC456","message_ts":"123456789.9875",
         "unfurl_id":"C123456.123456789.987501.1b90fa1278528ce6e2f6c5c2bfa1abc9a41d57d02b29d173f40399c9ffdecf4b",
         "thread_ts":"123456621.1855","source":"conversations_history",
         "links":[{"domain":"example.com","url":"https://example.com/12345"},{"domain":"example.com","url":"https://example.com/67890"},
                  {"domain":"another-example.com","url":"https://yet.another-example.com/v/abcde"}],"event_ts":"123456789.9875"}
        """;

    /// <summary><c>thread_started_event_body</c> of bolt-python's tests/scenario_tests/test_events_assistant.py.</summary>
    public const string AssistantThreadStartedEvent =
        """
        {"type":"assistant_thread_started","assistant_thread":{"user_id":"W222","context":{"channel_id":"C222","team_id":"T111","enterprise_id":"E111"},
         "channel_id":"D111","thread_ts":"1726133698.626339"},"event_ts":"1726133698.665188"}
        """;

    /// <summary><c>user_message_event_body</c> of the same file: a reply in a thread, naming who started it.</summary>
    public const string ThreadReplyEvent =
        """
        {"user":"W222","type":"message","ts":"1726133700.887259","text":"When Slack was released?","team":"T111","user_team":"T111",
         "source_team":"T222","user_profile":{},"thread_ts":"1726133698.626339","parent_user_id":"W222","channel":"D111",
         "event_ts":"1726133700.887259","channel_type":"im"}
        """;

    /// <summary>A <c>file_share</c> message; fields as in java-slack-sdk's json-logs/samples/events/MessageFileSharePayload.json.</summary>
    public const string FileShareEvent =
        """
        {"type":"message","subtype":"file_share","text":"my notes","user":"U2147483697","ts":"1700000000.000300","channel":"D024BE91L","channel_type":"im",
         "files":[{"id":"F0123ABC","name":"kubecon.md","title":"kubecon.md","mimetype":"text/markdown","filetype":"markdown","size":2048,
                   "mode":"hosted","url_private":"https://files.slack.com/files-pri/T1-F0123ABC/kubecon.md",
                   "url_private_download":"https://files.slack.com/files-pri/T1-F0123ABC/download/kubecon.md"}],
         "upload":true,"display_as_bot":false,"event_ts":"1700000000.000300"}
        """;
}
