namespace ConfBot.Core.Answers;

/// <summary>The answer to one question.</summary>
/// <param name="Corrections">Misspelled words of the question and what they were read as.</param>
/// <param name="Suggestions">When nothing matched: words from the notes close to the question's words.</param>
public sealed record Answer(
    string Question,
    IReadOnlyList<AnswerHit> Hits,
    IReadOnlyDictionary<string, string> Corrections,
    IReadOnlyList<string> Suggestions)
{
    public bool Found => Hits.Count > 0;
}
