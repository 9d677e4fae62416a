using ConfBot.Core.Talks;

namespace ConfBot.Core.Tests.Digests;

/// <summary>Talks for digest specs, made directly rather than parsed from notes.</summary>
internal static class DigestTalks
{
    private static readonly NoteSource Source = new("notes.md", 1, "Notes");

    public static Talk Plain(string id, int? year = null) => new() { Id = id, Title = $"Talk {id}", Year = year, Sources = [Source] };

    public static Talk WithLinks(string id) => Plain(id) with { Links = [new TalkLink($"https://example.org/{id}", LinkKind.Video, "video")] };

    public static Talk WithActionPoints(string id, params string[] actionPointIds)
        => Plain(id) with { ActionPoints = [.. actionPointIds.Select(a => new ActionPoint(a, $"Do {a}", Source))] };

    public static TalkCatalog Catalog(params Talk[] talks) => new(talks, []);
}
