using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConfBot.Core.Tests.TestSupport;

/// <summary>Hand-labelled talks of a folder of notes (Data/seeds-gold.json, Data/corpus2-gold.json: copied from shared/eval).</summary>
public sealed record SeedsGold(
    [property: JsonPropertyName("notes")] IReadOnlyList<GoldNote> Notes,
    [property: JsonPropertyName("sameTalk")] IReadOnlyList<IReadOnlyList<string>> SameTalk,
    [property: JsonPropertyName("distinctTalks")] int DistinctTalks)
{
    public static SeedsGold Load(string file = "seeds-gold.json") =>
        JsonSerializer.Deserialize<SeedsGold>(File.ReadAllText(Repository.TestData(file)))!;

    public IEnumerable<(GoldNote Note, GoldTalk Talk)> Talks => Notes.SelectMany(n => n.Talks.Select(t => (n, t)));
}

public sealed record GoldNote(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("conference")] string Conference,
    [property: JsonPropertyName("talks")] IReadOnlyList<GoldTalk> Talks,
    [property: JsonPropertyName("notTalks")] IReadOnlyList<string> NotTalks);

public sealed record GoldTalk(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("speakers")] IReadOnlyList<string> Speakers,
    [property: JsonPropertyName("day")] int? Day,
    [property: JsonPropertyName("links")] IReadOnlyList<string> Links,
    [property: JsonPropertyName("actionPoints")] IReadOnlyList<string> ActionPoints,
    [property: JsonPropertyName("org")] string? Org,
    [property: JsonPropertyName("topic")] string? Topic);
