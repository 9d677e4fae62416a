using ConfBot.Core.State;

namespace ConfBot.Bot.Tests.TestSupport;

/// <summary>The feedback and thread stores as the SQL stores behave (one vote per answer and user; one answer per thread), in memory.</summary>
internal sealed class InMemoryStores : IFeedbackStore, IThreadAnswerStore
{
    private readonly Dictionary<(string, string), AnswerFeedback> _votes = [];
    private readonly Dictionary<ThreadKey, ThreadAnswer> _threads = [];

    public IReadOnlyCollection<AnswerFeedback> Votes => _votes.Values;

    public Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken = default)
    {
        _votes[(feedback.AnswerKey, feedback.UserId)] = feedback;
        return Task.CompletedTask;
    }

    public Task<bool> CommentAsync(string answerKey, string userId, string comment, CancellationToken cancellationToken = default)
    {
        if (!_votes.TryGetValue((answerKey, userId), out var vote))
            return Task.FromResult(false);
        _votes[(answerKey, userId)] = vote with { Comment = comment };
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<AnswerFeedback>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AnswerFeedback>>([.. _votes.Values.Where(v => since is null || v.At >= since).OrderBy(v => v.At)]);

    public Task SaveAsync(ThreadKey thread, ThreadAnswer answer, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        _threads[thread] = answer;
        return Task.CompletedTask;
    }

    public Task<ThreadAnswer?> GetAsync(ThreadKey thread, CancellationToken cancellationToken = default) =>
        Task.FromResult(_threads.GetValueOrDefault(thread));
}
