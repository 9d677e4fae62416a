namespace ConfBot.Core.State;

/// <summary>Each thread's last answer, so any replica can answer a follow-up in it.</summary>
public interface IThreadAnswerStore
{
    /// <summary>Makes <paramref name="answer"/> the thread's last answer, replacing the one before.</summary>
    Task SaveAsync(ThreadKey thread, ThreadAnswer answer, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The thread's last answer; null when ConfBot never answered there.</summary>
    Task<ThreadAnswer?> GetAsync(ThreadKey thread, CancellationToken cancellationToken = default);
}
