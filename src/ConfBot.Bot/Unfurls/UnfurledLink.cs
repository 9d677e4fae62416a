using ConfBot.Bot.Replies;

namespace ConfBot.Bot.Unfurls;

/// <summary>The preview of one pasted link that belongs to a talk in the notes.</summary>
/// <param name="Url">The link exactly as the chat gave it, so the surface can say which link the preview is for.</param>
public sealed record UnfurledLink(string Url, BotReply Preview);
