namespace ConfBot.Core.State;

/// <summary>The channels that asked for a daily digest.</summary>
public interface IDigestSubscriptionStore
{
    /// <summary>Adds the channel's subscription, or replaces the one it had.</summary>
    Task SaveAsync(DigestSubscription subscription, CancellationToken cancellationToken = default);

    /// <summary>Removes the channel's subscription; false when it had none.</summary>
    Task<bool> RemoveAsync(string channelId, CancellationToken cancellationToken = default);

    Task<DigestSubscription?> GetAsync(string channelId, CancellationToken cancellationToken = default);

    /// <summary>Every subscription, ordered by channel id.</summary>
    Task<IReadOnlyList<DigestSubscription>> ListAsync(CancellationToken cancellationToken = default);
}
