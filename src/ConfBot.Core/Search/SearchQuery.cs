namespace ConfBot.Core.Search;

/// <summary>
/// What a question asks for once the question words are gone: the meaning words (lower-cased, as
/// written, stop words removed) and the filters written as <c>conference:rootconf year:2017 speaker:"paul stack"</c>.
/// </summary>
public sealed record SearchQuery(string Question, IReadOnlyList<string> Words)
{
    /// <summary>The question as asked, without its filters: what its meaning is read from.</summary>
    public string Text { get; init; } = Question;

    public string? Conference { get; init; }
    public int? Year { get; init; }
    public string? Speaker { get; init; }

    /// <summary>A question as people type it: filters taken out, question words dropped (<see cref="QuestionParser"/>).</summary>
    public static SearchQuery Parse(string question) => QuestionParser.Parse(question);

    /// <summary>Every talk a speaker gave: a filter alone, so no word of the name has to occur elsewhere in the talk.</summary>
    public static SearchQuery BySpeaker(string name) => new(name, []) { Text = "", Speaker = string.IsNullOrWhiteSpace(name) ? null : name.Trim() };

    public bool HasFilters => Conference is not null || Year is not null || Speaker is not null;

    /// <summary>True when there is nothing to search for: no meaning words and no filters.</summary>
    public bool IsEmpty => Words.Count == 0 && !HasFilters;
}
