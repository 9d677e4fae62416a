using ConfBot.Bot.Answers;
using ConfBot.Bot.Commands;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using Microsoft.Extensions.Logging;

namespace ConfBot.Bot.Threads;

/// <summary>
/// Answers in a thread where ConfBot answered before: a follow-up ("more", "links for the second one", "who gave
/// it?") is resolved against the thread's last answer, anything else is asked as usual; what the reply shows then
/// becomes the thread's last answer, kept in the state store so every replica sees it. The store is a memory, not a
/// need: while it does not answer, questions are still answered from the index and only follow-ups lose their referent.
/// </summary>
public sealed partial class ThreadConversations(
    CommandTable commands, IKnowledgeBase knowledge, IThreadAnswerStore threads, TimeProvider time, ILogger<ThreadConversations> logger)
{
    /// <summary>The thread's last answer; null when ConfBot has not answered there, or its store does not answer.</summary>
    public async Task<ThreadAnswer?> LastAsync(ThreadKey thread, CancellationToken cancellationToken)
    {
        try
        {
            return await threads.GetAsync(thread, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogStoreFailed(ex.GetType().Name);
            return null;
        }
    }

    /// <param name="last">The thread's last answer, which a follow-up refers to; null when there is none.</param>
    public async Task<ThreadTurn> AnswerAsync(string? typed, ThreadAnswer? last, BotContext context, CancellationToken cancellationToken)
    {
        if (FollowUpReader.Read(typed) is not { } followUp)
            return Turn(await commands.AnswerAsync(typed, context, cancellationToken));
        if (last is null)
            return Said("I can't tell which answer that follows here; ask again with its topic.");
        if (followUp.Talk is not { } pointer)
            return Turn(await commands.RunAsync(commands.Parse(last.Request) with { Offset = last.Offset + AnswerPage.Size }, context, cancellationToken));
        if (pointer.Resolve(last) is not { } talkId)
            return Said(last.TalkIds.Count == 0
                ? "The last answer here showed no talks; ask something new."
                : $"The last answer here showed {last.TalkIds.Count} talk{(last.TalkIds.Count == 1 ? "" : "s")}; say which, e.g. ", "the first");
        if (knowledge.Catalog.Find(talkId) is not { } talk)
            return Said("That talk is no longer in the notes.");
        var reply = followUp.Kind switch
        {
            FollowUpKind.Links => TalkLinksReply.Render(talk),
            FollowUpKind.Speakers => SpeakersReply.Render(talk),
            _ => await commands.RunAsync(new BotRequest(TalkCommand.Name, talk.Id), context, cancellationToken),
        };
        // The list stays, so "the third" still counts in it; "it" and "that" now mean this talk.
        return new ThreadTurn(reply, last with { FocusTalkId = talk.Id }, FoundNothing: false);
    }

    /// <summary>Makes <paramref name="answer"/> the last answer of each of <paramref name="keys"/>.</summary>
    public async Task RememberAsync(IEnumerable<ThreadKey> keys, ThreadAnswer answer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            foreach (var key in keys)
                await threads.SaveAsync(key, answer, now, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogStoreFailed(ex.GetType().Name);
        }
    }

    // The exception type only, as the readiness check says it: a driver's message can carry the connection's host or user.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Thread memory unavailable ({Error}): answering without it")]
    private partial void LogStoreFailed(string error);

    private static ThreadTurn Turn(BotReply reply) => reply.Shown switch
    {
        { TalkIds.Count: > 0 } shown => new ThreadTurn(reply, new ThreadAnswer(shown.Request, shown.FirstRank - 1, shown.TalkIds), FoundNothing: false),
        { } => new ThreadTurn(reply, null, FoundNothing: true),
        _ => new ThreadTurn(reply, null, FoundNothing: false),
    };

    private static ThreadTurn Said(string text, string? code = null)
    {
        var said = new RichTextBuilder().Text(text);
        if (code is not null)
            said.Code(code).Text(".");
        return new ThreadTurn(BotReply.Say(said.Build()), null, FoundNothing: false);
    }
}
