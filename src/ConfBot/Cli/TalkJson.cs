using System.Text.Json;
using System.Text.Json.Serialization;
using ConfBot.Core.Talks;

namespace ConfBot.Cli;

/// <summary>The JSON shape of a talk that <c>confbot talks --json</c> and <c>confbot ask --json</c> print.</summary>
internal static class TalkJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <param name="catalog">The catalog the talk is from, for its short id (<c>shortId</c>, left out without one).</param>
    public static Dictionary<string, object?> ToJson(Talk talk, TalkCatalog? catalog = null)
    {
        var json = Fields(talk);
        if (catalog is not null)
            json["shortId"] = catalog.ShortId(talk);
        return json;
    }

    private static Dictionary<string, object?> Fields(Talk talk) => new()
    {
        ["id"] = talk.Id,
        ["title"] = talk.Title,
        ["speakers"] = talk.Speakers,
        ["company"] = talk.Company,
        ["conference"] = talk.Conference,
        ["year"] = talk.Year,
        ["day"] = talk.Day,
        ["track"] = talk.Track,
        ["summary"] = talk.Summary,
        ["keyPoints"] = talk.KeyPoints,
        ["links"] = talk.Links.Select(l => new { url = l.Url, kind = l.Kind, text = l.Text }).ToList(),
        ["actionPoints"] = talk.ActionPoints.Select(a => new { id = a.Id, text = a.Text }).ToList(),
        ["sources"] = talk.Sources.Select(s => new { file = s.File, line = s.Line, title = s.Title }).ToList(),
    };
}
