using ConfBot.Core.Digests;
using ConfBot.Core.State;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Tests.TestSupport;

/// <summary>Test-data builders for digests and checklist rows.</summary>
internal static class DigestSamples
{
    public static readonly DateOnly Day = new(2026, 11, 25);

    public static Talk Talk(string id, string title = "Working with Secrets", int actionPoints = 0, string? summary = "How teams keep secrets out of git.") => new()
    {
        Id = id,
        Title = title,
        Speakers = ["Paul Stack"],
        Conference = "DevOpsDays",
        Year = 2019,
        Summary = summary,
        Links = [new TalkLink("https://example.com/slides", LinkKind.Slides, "slides")],
        ActionPoints = [.. Enumerable.Range(1, actionPoints).Select(i => new ActionPoint($"{id}#ap{i}", $"Action {i} of {title}", new NoteSource("n.txt", i, title)))],
    };

    public static DigestActionPoint Row(Talk talk, int index = 0, ActionPointStatus status = ActionPointStatus.Open, string? by = null) =>
        new(talk, talk.ActionPoints[index], new ActionPointState(talk.ActionPoints[index].Id, status, by, by is null ? null : DateTimeOffset.UnixEpoch));

    public static Digest Digest(Talk talkOfTheDay, IReadOnlyList<Talk>? newTalks = null, IReadOnlyList<DigestActionPoint>? points = null) =>
        new(new DigestKey("C111", Day), talkOfTheDay, newTalks ?? [], points ?? []);
}
