using ConfBot.Bot.Replies;
using ConfBot.Core.State;

namespace ConfBot.Bot.Threads;

/// <summary>A reply in a thread, and what the thread's last answer becomes once it is posted.</summary>
/// <param name="Next">Null when the reply showed no talks: the thread's last answer stays as it was.</param>
/// <param name="FoundNothing">The reply is an answer that no talk answered (not help, not a follow-up's message).</param>
public sealed record ThreadTurn(BotReply Reply, ThreadAnswer? Next, bool FoundNothing);
