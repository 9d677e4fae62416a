using ConfBot.Bot.Commands;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Assistant;

/// <summary>
/// What to suggest asking, drawn from the notes being served: the latest conference they cover, a tool several talks
/// name, a speaker, the open action points, and help while there is room. Pure: the same catalog and day give the same
/// prompts; the topic and speaker rotate through the leading few by day, so the welcome does not always say the same.
/// Nothing is suggested that the notes do not have.
/// </summary>
public static class SuggestedPrompts
{
    /// <summary>How many leading topics and speakers take turns.</summary>
    public const int Rotation = 3;

    /// <param name="openActionPoints">Whether any action point of the catalog is still open.</param>
    public static IReadOnlyList<SuggestedPrompt> Pick(TalkCatalog catalog, bool openActionPoints, DateOnly today)
    {
        var prompts = new List<SuggestedPrompt>();
        if (LatestEvent(catalog.Talks, today.Year) is { } label)
            prompts.Add(Prompt($"What did we learn at {label}?", $"Learnings from {label}", label));
        if (Turn(TalkTopics.Frequent(catalog.Talks), today) is { } topic)
            prompts.Add(Prompt($"What did the talks say about {topic.Name}?", $"What about {topic.Name}?", topic.Name));
        if (Turn(Speakers(catalog.Talks), today) is { } speaker)
            prompts.Add(Prompt($"What did {speaker} talk about?", $"Talks by {speaker}", speaker));
        if (openActionPoints)
            prompts.Add(new SuggestedPrompt("Open action points", $"{ActionsCommand.Name} open"));
        if (prompts.Count < AssistantWelcome.MaxPrompts)
            prompts.Add(new SuggestedPrompt("What can I ask?", HelpCommand.Name));
        return prompts;
    }

    /// <summary>
    /// The conference most recently held, as of <paramref name="year"/> (notes of one yet to come are plans, not
    /// learnings); among one year's, the one with most talks. An event without a year only when none has one.
    /// </summary>
    private static string? LatestEvent(IReadOnlyList<Talk> talks, int year) =>
        talks.Where(t => t.EventLabel is not null && (t.Year ?? 0) <= year)
            .GroupBy(t => t.EventLabel!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(t => t.Year ?? 0))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault()?.Key;

    /// <summary>Everyone who spoke, most talks first, then the most recent, then by name.</summary>
    private static IReadOnlyList<string> Speakers(IReadOnlyList<Talk> talks) =>
    [
        .. talks.SelectMany(t => t.Speakers.Select(s => (Speaker: s.Trim(), t.Year)))
            .Where(s => s.Speaker.Length > 0)
            .GroupBy(s => s.Speaker, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(s => s.Year ?? 0))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key),
    ];

    private static T? Turn<T>(IReadOnlyList<T> ranked, DateOnly today) where T : class =>
        ranked.Count == 0 ? null : ranked[today.DayNumber % Math.Min(ranked.Count, Rotation)];

    /// <summary>The question as the message; as the title the question, or a shorter form, or the name cut to fit.</summary>
    private static SuggestedPrompt Prompt(string question, string shorter, string name)
    {
        var title = new[] { question, shorter }.FirstOrDefault(t => t.Length <= SuggestedPrompt.MaxTitleLength)
            ?? name[..(SuggestedPrompt.MaxTitleLength - 1)].TrimEnd() + "…";
        return new SuggestedPrompt(title, question);
    }
}
