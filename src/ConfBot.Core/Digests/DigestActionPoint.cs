using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.Core.Digests;

/// <summary>An action point listed in a digest, with the talk it came from and who (if anyone) claimed it.</summary>
public sealed record DigestActionPoint(Talk Talk, ActionPoint ActionPoint, ActionPointState State);
