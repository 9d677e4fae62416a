using System.Text.Json;

namespace ConfBot.Slack.WebApi;

/// <summary>
/// Structured data carried by a posted message (<c>metadata</c> of chat.postMessage / chat.update), so a later
/// click or redraw can read what the message shows without state of its own. <see cref="EventPayload"/> must be a
/// JSON object; Slack returns the metadata with the message (block_actions, and conversations.replies with
/// <c>include_all_metadata</c>).
/// </summary>
public sealed record MessageMetadata(string EventType, JsonElement EventPayload);
