using System.ComponentModel.DataAnnotations;

namespace ConfBot.Core.Search;

/// <summary>How questions are matched against talks and how the index follows the notes folder.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "ConfBot:Search";

    /// <summary>Quiet time after the last change in the notes folder before the index is rebuilt, so a burst of saves costs one rebuild.</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Search by meaning as well as by words, with a sentence-embedding model run in-process. Off: words only (BM25).</summary>
    public bool Semantic { get; set; } = true;

    /// <summary>
    /// Folder the shipped model is written to once, to be loaded from a file (half the memory of loading it from
    /// the package's assembly). Empty: the system's temp folder.
    /// </summary>
    public string ModelFolder { get; set; } = "";

    /// <summary>Where the model file goes: <see cref="ModelFolder"/>, else a folder under the system's temp folder.</summary>
    public string ModelFolderOrDefault => string.IsNullOrWhiteSpace(ModelFolder) ? Path.Combine(Path.GetTempPath(), "confbot-models") : ModelFolder;

    /// <summary>
    /// File where computed vectors are kept by content hash, so a restart with unchanged notes embeds nothing.
    /// Relative paths are from the working folder (the host puts an unset one in the user's data folder); empty keeps
    /// vectors in memory only.
    /// </summary>
    public string EmbeddingCache { get; set; } = "confbot.vectors";

    /// <summary>Cores the model may use while embedding notes in the background; questions are embedded on their own thread.</summary>
    [Range(1, 64)]
    public int EmbeddingThreads { get; set; } = 1;

    /// <summary>Cosine similarity at which a talk answers on meaning alone, sharing no word with the question (measured: README, "Answering").</summary>
    [Range(-1.0, 1.0)]
    public double SemanticThreshold { get; set; } = 0.45;

    /// <summary>Cosine similarity at which a talk that has some of the question's words, but not all, answers.</summary>
    [Range(-1.0, 1.0)]
    public double SemanticSupport { get; set; } = 0.30;

    /// <summary>
    /// How much words count against meaning when ranking: a talk's score is its cosine similarity plus this
    /// weight times its BM25 score as a share of the best talk's.
    /// </summary>
    [Range(0, 10.0)]
    public double LexicalWeight { get; set; } = 0.5;

    /// <summary>
    /// Without semantic search: share of a question's meaning words a talk must match; keeps one stray word
    /// from producing confident nonsense.
    /// </summary>
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
