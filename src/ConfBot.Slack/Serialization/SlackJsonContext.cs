using System.Text.Json.Serialization;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Events;
using ConfBot.Slack.Interactions;
using ConfBot.Slack.SocketMode;
using ConfBot.Slack.Views;
using ConfBot.Slack.WebApi;

namespace ConfBot.Slack.Serialization;

/// <summary>
/// Source-generated JSON for every Slack payload. Slack's names are snake_case; nullable annotations are
/// enforced and <c>required</c> members must be present, so incomplete payloads fail to parse.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(EventHeader))]
[JsonSerializable(typeof(MessageEvent))]
[JsonSerializable(typeof(AppMention))]
[JsonSerializable(typeof(AppHomeOpened))]
[JsonSerializable(typeof(LinkShared))]
[JsonSerializable(typeof(AssistantThreadStarted))]
[JsonSerializable(typeof(AssistantThreadContextChanged))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(SlashCommandResponse))]
[JsonSerializable(typeof(InteractionHeader))]
[JsonSerializable(typeof(BlockActionRequest))]
[JsonSerializable(typeof(ShortcutRequest))]
[JsonSerializable(typeof(MessageShortcutRequest))]
[JsonSerializable(typeof(ViewSubmissionRequest))]
[JsonSerializable(typeof(ViewClosedRequest))]
[JsonSerializable(typeof(ViewSubmissionResponse))]
[JsonSerializable(typeof(ModalView))]
[JsonSerializable(typeof(SocketModeFrame))]
[JsonSerializable(typeof(SocketModeAck))]
[JsonSerializable(typeof(ChatMessage))]
[JsonSerializable(typeof(EphemeralMessage))]
[JsonSerializable(typeof(MessageUpdate))]
[JsonSerializable(typeof(ViewsPublishRequest))]
[JsonSerializable(typeof(ViewsOpenRequest))]
[JsonSerializable(typeof(ViewsUpdateRequest))]
[JsonSerializable(typeof(ViewResponse))]
[JsonSerializable(typeof(LinkUnfurl))]
[JsonSerializable(typeof(SuggestedPrompts))]
[JsonSerializable(typeof(AssistantStatus))]
[JsonSerializable(typeof(FilesInfoResponse))]
[JsonSerializable(typeof(ConversationsRepliesResponse))]
[JsonSerializable(typeof(PermalinkResponse))]
[JsonSerializable(typeof(SlackApiResponse))]
[JsonSerializable(typeof(PostMessageResponse))]
[JsonSerializable(typeof(PostEphemeralResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
