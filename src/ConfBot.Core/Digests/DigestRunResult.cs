using ConfBot.Core.State;

namespace ConfBot.Core.Digests;

/// <summary>One digest a tick acted on; digests not due, or held by another runner, are not listed.</summary>
public sealed record DigestRunResult(DigestKey Key, DigestOutcome Outcome, string? Error = null);
