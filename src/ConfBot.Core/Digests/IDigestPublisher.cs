namespace ConfBot.Core.Digests;

/// <summary>Posts a digest to its channel; implemented by the Slack side.</summary>
public interface IDigestPublisher
{
    /// <summary>Posts the digest; throws when it could not be posted, so the runner records the failure and retries.</summary>
    Task PublishAsync(Digest digest, CancellationToken cancellationToken);
}
