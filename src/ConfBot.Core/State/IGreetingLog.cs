namespace ConfBot.Core.State;

/// <summary>
/// Who the bot has welcomed to its own conversation (a chat app's Messages tab), shared by every replica and kept
/// across restarts, so each user is greeted once however many times and wherever they open it.
/// </summary>
public interface IGreetingLog
{
    /// <summary>
    /// Atomically records that <paramref name="userId"/> is greeted at <paramref name="now"/>; true for the one caller
    /// that recorded it, who should greet; false once anyone has.
    /// </summary>
    Task<bool> TryRecordAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken = default);
}
