using System.ComponentModel.DataAnnotations;

namespace ConfBot.Core.Search;

/// <summary>How questions are matched against talks and how the index follows the notes folder.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "ConfBot:Search";

    /// <summary>Quiet time after the last change in the notes folder before the index is rebuilt, so a burst of saves costs one rebuild.</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Share of a question's meaning words a talk must match; keeps one stray word from producing confident nonsense.</summary>
    [Range(0.0, 1.0)]
    public double MinimumCoverage { get; set; } = 0.5;

    /// <summary>Hits scoring below this share of the best hit are dropped rather than padded into the answer.</summary>
    [Range(0.0, 1.0)]
    public double RelativeScoreCutoff { get; set; } = 0.2;

    /// <summary>Weight of a synonym or a spelling correction relative to the word as asked.</summary>
    [Range(0.0, 1.0)]
    public double AlternativeWeight { get; set; } = 0.7;

    /// <summary>
    /// A word in the prose of more than this share of talks is common: it matches only in titles, names and
    /// tools, and otherwise only adds to the score, so questions stay fast on large indexes.
    /// </summary>
    [Range(0.0, 1.0)]
    public double CommonWordShare { get; set; } = 0.05;

    /// <summary>Below this many talks no word counts as common: small indexes are searched in full.</summary>
    [Range(0, int.MaxValue)]
    public int CommonWordMinTalks { get; set; } = 2_000;

    /// <summary>Indexing buffer; larger means fewer segments to merge, at the cost of peak memory while building.</summary>
    [Range(1.0, 1024.0)]
    public double IndexRamBufferMb { get; set; } = 48;
}
