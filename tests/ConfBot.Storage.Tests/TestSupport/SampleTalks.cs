using ConfBot.Core.Talks;

namespace ConfBot.Storage.Tests.TestSupport;

/// <summary>Talks made directly, without the note parser.</summary>
internal static class SampleTalks
{
    private static readonly NoteSource Source = new("notes.md", 1, "Notes");

    /// <summary>A talk with a slides link and one action point, the kind digests favour.</summary>
    public static Talk Rich(string id) => Plain(id) with
    {
        Links = [new TalkLink($"https://example.org/{id}", LinkKind.Slides, "slides")],
        ActionPoints = [new ActionPoint($"{id}-ap", $"Try what {id} showed", Source)],
    };

    public static Talk Plain(string id) => new() { Id = id, Title = $"Talk {id}", Sources = [Source] };

    public static TalkCatalog Catalog(params Talk[] talks) => new(talks, []);
}
