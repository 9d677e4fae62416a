namespace ConfBot.Core.Search;

/// <summary>The words of one index snapshot: its stems, and its written words for spelling correction.</summary>
internal sealed record Vocabulary(IReadOnlySet<string> Stems, SpellingDictionary Spelling)
{
    public static Vocabulary Empty { get; } = new VocabularyBuilder().Build();
}
