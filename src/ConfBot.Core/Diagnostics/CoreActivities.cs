using System.Diagnostics;

namespace ConfBot.Core.Diagnostics;

/// <summary>
/// The spans of Core's own work — reading notes, merging write-ups, indexing, loading the language model, embedding,
/// answering — so a trace (or <c>--timings</c>) says where a start or a reload spends its time. Free when nobody listens.
/// </summary>
public static class CoreActivities
{
    public const string SourceName = "ConfBot.Core";

    public const string ReadNotes = "read notes";
    public const string MergeWriteUps = "merge write-ups";
    public const string BuildIndex = "build index";
    public const string LoadModel = "load language model";
    public const string EmbedNotes = "embed notes";
    public const string Answer = "answer";

    internal static ActivitySource Source { get; } = new(SourceName);

    internal static Activity? Start(string name) => Source.StartActivity(name, ActivityKind.Internal);
}
