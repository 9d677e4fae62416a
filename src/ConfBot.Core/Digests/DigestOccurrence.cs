namespace ConfBot.Core.Digests;

/// <summary>One scheduled digest: the local calendar day it belongs to and the instant it is due.</summary>
public sealed record DigestOccurrence(DateOnly LocalDate, DateTimeOffset DueAt);
