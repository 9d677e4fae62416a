using System.CommandLine;
using System.Runtime;
using ConfBot.Bench.Notes;
using ConfBot.Bench.Search;

namespace ConfBot.Cli;

/// <summary>
/// <c>confbot bench</c>: indexes a synthetic corpus and times a mix of questions against it, to check
/// indexing throughput, question latency and memory on the machine at hand.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var talks = new Option<int>("--talks") { Description = "Synthetic talks to index", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "Questions to time, after a warm-up", DefaultValueFactory = _ => 1_000 };
        var keep = new Option<bool>("--keep-talks") { Description = "Hold every talk in memory as a real catalog does (default: make talks on demand, so memory is the index's own)" };
        var notes = new Option<int[]>("--notes")
        {
            Description = "Synthetic Markdown notes to read into talks first, as a reload does; several sizes show how reading scales (0 to skip)",
            DefaultValueFactory = _ => [1_000, 2_000, 4_000, 8_000],
            AllowMultipleArgumentsPerToken = true,
        };
        var search = new Option<string>("--search") { Description = "Which search to measure: words (BM25 only), hybrid (words and meaning), or both", DefaultValueFactory = _ => "both" };
        search.AcceptOnlyFromAmong("words", "hybrid", "both");
        var command = new Command("bench", "Measure reading notes, indexing speed, question latency and memory on a synthetic corpus") { talks, queries, keep, notes, search };
        command.SetAction(parse =>
        {
            foreach (var step in NotesScaling.Run(parse.GetValue(notes)!))
                Notes(step);
            var mode = parse.GetValue(search)!;
            if (mode != "hybrid")
                Words(SearchBenchmark.Run(parse.GetValue(talks), parse.GetValue(queries), parse.GetValue(keep)));
            if (mode != "words")
                Hybrid(SemanticBenchmark.Run(parse.GetValue(talks), parse.GetValue(queries)));
            return 0;
        });
        return command;
    }

    private static void Notes(NotesScalingStep step)
    {
        var read = step.Report;
        var scaling = step.TimeRatio is { } time ? $"; {time:F2}× the time for {step.SizeRatio:F0}× the notes" : "";
        Console.WriteLine($"notes       {read.Notes:N0} notes ({read.WriteUps:N0} talk write-ups, {Mb(read.Bytes)}) read into {read.Talks:N0} talks in {read.ReadTime.TotalSeconds:F2} s = {read.WriteUpsPerSecond:N0} write-ups/s{scaling}; peak working set {Mb(step.PeakWorkingSetBytes)}");
    }

    private static void Words(BenchmarkReport report)
    {
        var kept = report.TalksKept
            ? $"kept in memory, generated in {report.GenerateTime.TotalSeconds:F2} s"
            : $"made on demand; one generation pass takes {report.GenerateTime.TotalSeconds:F2} s";
        Console.WriteLine($"corpus      {report.Talks:N0} synthetic talks ({kept}; {Environment.ProcessorCount} cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC)");
        Console.WriteLine($"index       built in {report.BuildTime.TotalSeconds:F2} s = {report.TalksPerSecond:N0} talks/s; indexing alone {report.IndexingTalksPerSecond:N0} talks/s");
        Questions(report.Questions, "");
        Console.WriteLine($"memory      peak working set {Mb(report.PeakWorkingSetBytes)}   GC heap {Mb(report.GcHeapBytes)}");
    }

    private static void Hybrid(SemanticBenchmarkReport report)
    {
        Console.WriteLine($"hybrid      words and meaning, model {report.Model}");
        Console.WriteLine($"embedding   {report.SampleTalks} talks ({report.SampleTexts} texts: each talk and each key point) in {report.SampleTime.TotalSeconds:F1} s = {report.EmbeddedTalksPerSecond:F1} talks/s");
        Console.WriteLine($"vectors     {report.Talks:N0} talks given vectors in {report.VectorBuildTime.TotalSeconds:F2} s beside the model (stand-in vectors: hashing, vector file, quantising)");
        Console.WriteLine($"reload      1 key point edited among 1,000 notes: {report.ReloadEmbedded} texts embedded, vectors ready in {report.ReloadTime.TotalSeconds:F2} s");
        Questions(report.Questions, ", its embedding included");
        Console.WriteLine($"memory      peak working set {Mb(report.PeakWorkingSetBytes)}   GC heap {Mb(report.GcHeapBytes)}");
    }

    private static void Questions(QuestionTiming questions, string cpuNote)
    {
        Console.WriteLine($"questions   {questions.Queries:N0} mixed, {questions.AnsweredShare:P0} answered");
        Console.WriteLine($"latency     p50 {Ms(questions.P50)}   p99 {Ms(questions.P99)}   max {Ms(questions.Max)}   CPU {Ms(questions.CpuPerQuestion)} a question{cpuNote}");
    }

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:F3} ms";

    private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024.0):F1} MB";
}
