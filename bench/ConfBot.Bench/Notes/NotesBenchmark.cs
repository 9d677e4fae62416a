using System.Diagnostics;
using System.Text;
using ConfBot.Bench.Corpus;
using ConfBot.Core.Notes;
using ConfBot.Core.Talks;
using Microsoft.Extensions.Options;

namespace ConfBot.Bench.Notes;

/// <summary>
/// Measures reading a notes folder — what every reload does — on synthetic Markdown notes written from the
/// synthetic corpus: one note per block of talks, each talk a "## Title — Speaker, Company" heading with its summary,
/// points and links; every fifth note has a colleague's second note re-telling half its talks in another style, so
/// merging has real work to find.
/// </summary>
public static class NotesBenchmark
{
    public static NotesBenchmarkReport Run(int noteCount, int talksPerNote = 20, int seed = 42)
    {
        var folder = Directory.CreateTempSubdirectory("confbot-bench-notes-");
        try
        {
            var corpus = new SyntheticCorpus(seed);
            var (notes, writeUps, bytes) = (0, 0, 0L);
            for (var block = 0; notes < noteCount; block++)
            {
                var talks = Enumerable.Range(block * talksPerNote, talksPerNote).Select(corpus.Talk).ToList();
                bytes += Write(folder, $"{block:D5}-a.md", Note(talks[0], talks, Heading));
                (notes, writeUps) = (notes + 1, writeUps + talks.Count);
                if (block % 5 == 0 && notes < noteCount)
                {
                    var retold = talks.Take(talksPerNote / 2).ToList();
                    bytes += Write(folder, $"{block:D5}-b.md", Note(talks[0], retold, ColleaguesHeading));
                    (notes, writeUps) = (notes + 1, writeUps + retold.Count);
                }
            }

            var clock = Stopwatch.StartNew();
            var catalog = new NotesLoader(Options.Create(new NotesOptions())).Load(folder.FullName);
            return new NotesBenchmarkReport(notes, writeUps, bytes, catalog.Talks.Count, clock.Elapsed);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static long Write(DirectoryInfo folder, string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(Path.Combine(folder.FullName, name), bytes);
        return bytes.Length;
    }

    /// <summary>A note about one conference: the first talk's conference and year head it.</summary>
    private static string Note(Talk first, IReadOnlyList<Talk> talks, Func<Talk, string> heading)
    {
        var text = new StringBuilder($"# {first.Conference} {first.Year} notes\n\n");
        foreach (var talk in talks)
        {
            text.Append(heading(talk)).Append("\n\n").Append(talk.Summary).Append("\n\n");
            foreach (var point in talk.KeyPoints)
                text.Append("- ").Append(point).Append('\n');
            foreach (var link in talk.Links)
                text.Append("- ").Append(link.Kind).Append(": ").Append(link.Url).Append('\n');
            foreach (var action in talk.ActionPoints)
                text.Append("- TODO: ").Append(action.Text).Append('\n');
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Heading(Talk talk) => $"## {talk.Title} — {talk.Speakers[0]}, {talk.Company}";

    private static string ColleaguesHeading(Talk talk) => $"## {talk.Title}\n\nSpeaker: {talk.Speakers[0]}";
}

/// <summary>What <see cref="NotesBenchmark"/> measured: the notes written, and how long reading them into talks took.</summary>
public sealed record NotesBenchmarkReport(int Notes, int WriteUps, long Bytes, int Talks, TimeSpan ReadTime)
{
    public double WriteUpsPerSecond => WriteUps / ReadTime.TotalSeconds;
}
