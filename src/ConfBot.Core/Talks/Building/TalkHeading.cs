namespace ConfBot.Core.Talks.Building;

/// <summary>What a talk's heading says: its title (if it gives one), who spoke, for which company, on what topic.</summary>
internal sealed record TalkHeading(
    string? Title,
    IReadOnlyList<string> Speakers,
    string? Company,
    string? Topic,
    int? Day,
    string? Track)
{
    public bool HasSpeaker => Speakers.Count > 0;
}
