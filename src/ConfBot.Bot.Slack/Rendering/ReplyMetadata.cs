using System.Buffers;
using System.Text.Json;
using ConfBot.Bot.Replies;
using ConfBot.Slack.WebApi;

namespace ConfBot.Bot.Slack.Rendering;

/// <summary>
/// The <c>metadata</c> every message ConfBot posts carries: <c>event_type</c> <c>confbot_answer</c>,
/// <c>confbot_digest</c>, <c>confbot_welcome</c> or <c>confbot_message</c>, and the ids of the talks it shows as
/// <c>event_payload.talks</c>. Slack hands it back with the message (block_actions, conversations.replies).
/// </summary>
public static class ReplyMetadata
{
    public const string EventTypePrefix = "confbot_";

    public const string TalksField = "talks";

    public static MessageMetadata For(ReplySubject subject)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(TalksField);
            foreach (var id in subject.TalkIds)
                writer.WriteStringValue(id);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        using var payload = JsonDocument.Parse(buffer.WrittenMemory);
        return new MessageMetadata(EventTypePrefix + subject.Kind.ToString().ToLowerInvariant(), payload.RootElement.Clone());
    }
}
