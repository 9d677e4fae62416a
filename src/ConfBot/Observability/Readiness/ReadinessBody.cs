namespace ConfBot.Observability.Readiness;

/// <param name="Reason">Why the service is not ready; null when it is.</param>
internal sealed record ReadinessBody(string Status, string? Reason, IReadOnlyDictionary<string, string> Checks);
