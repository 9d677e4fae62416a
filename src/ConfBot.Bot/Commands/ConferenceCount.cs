using ConfBot.Bot.Replies;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Commands;

/// <summary>How many talks the notes hold for one conference and year.</summary>
/// <param name="Name">The conference and year (<see cref="Talk.EventLabel"/>), or <see cref="Unnamed"/>.</param>
public sealed record ConferenceCount(string Name, int Talks)
{
    public const string Unnamed = "Conference not named";

    /// <summary>Every conference and year in the catalog, alphabetically, newest year first within a conference.</summary>
    public static IReadOnlyList<ConferenceCount> From(TalkCatalog catalog) =>
    [
        .. catalog.Talks
            .GroupBy(t => (t.Conference, t.Year))
            .OrderBy(g => g.Key.Conference is null)
            .ThenBy(g => g.Key.Conference, StringComparer.OrdinalIgnoreCase)
            .ThenByDescending(g => g.Key.Year)
            .Select(g => new ConferenceCount(g.First().EventLabel ?? Unnamed, g.Count())),
    ];

    /// <summary>One bullet per conference and year.</summary>
    public static RichText List(IReadOnlyList<ConferenceCount> conferences) =>
        new RichTextBuilder().Bullets(conferences.Select(c => new RichTextBuilder().Bold(c.Name).Text($" — {c.Talks} talk{(c.Talks == 1 ? "" : "s")}").Build())).Build();
}
