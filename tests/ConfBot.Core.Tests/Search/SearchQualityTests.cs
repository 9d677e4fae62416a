using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace ConfBot.Core.Tests.Search;

/// <summary>
/// Ranking quality over the seed notes, read by the real parser: for each question, is a right talk
/// first (top-1) or among the first three (top-3)? Questions whose answer is "-" must find nothing.
/// </summary>
public sealed class SearchQualityTests(ITestOutputHelper output)
{
    private static readonly TalkCatalog Catalog = NotesReader.LoadSeeds();
    private static readonly TalkIndex Index = TalkIndex.Build(Catalog.Talks, new SearchOptions());
    private static readonly Dictionary<string, string> TalkIdByKey =
        GoldMatcher.Match(SeedsGold.Load(), Catalog).ToDictionary(m => m.Key, m => m.Value.Talk.Id);

    [Theory]
    [InlineData("questions-sample.tsv")]
    [InlineData("own-questions.tsv")]
    public void Ranks_a_right_talk_first_for_nine_in_ten_questions_and_in_the_top_three_for_nearly_all(string file)
    {
        var questions = Questions(file);
        int top1 = 0, top3 = 0;
        foreach (var (question, expected) in questions)
        {
            var ids = Index.Search(question, 3).Hits.Select(h => h.Talk.Id).ToList();
            var first = expected.Count == 0 ? ids.Count == 0 : ids.Take(1).Any(expected.Contains);
            var inTop3 = expected.Count == 0 ? ids.Count == 0 : ids.Any(expected.Contains);
            top1 += first ? 1 : 0;
            top3 += inTop3 ? 1 : 0;
            if (!first)
                output.WriteLine($"{(inTop3 ? "top-3" : "MISS ")}  {question}  →  {string.Join(" | ", ids.Select(Title))}");
        }

        output.WriteLine($"{file}: {questions.Count} questions, top-1 {Share(top1)}, top-3 {Share(top3)}");
        Assert.True(top1 >= 0.90 * questions.Count, $"top-1 {Share(top1)}");
        Assert.True(top3 >= 0.98 * questions.Count, $"top-3 {Share(top3)}");
        string Share(int n) => $"{n}/{questions.Count} = {100.0 * n / questions.Count:F1} %";
    }

    [Fact]
    public void Covers_every_seed_talk_with_its_own_questions()
    {
        var asked = Questions("own-questions.tsv").SelectMany(q => q.Expected).ToHashSet();

        var unasked = Catalog.Talks.Where(t => !asked.Contains(t.Id)).Select(t => t.Title).ToList();
        Assert.True(unasked.Count == 0, $"No question finds: {string.Join(", ", unasked)}");
    }

    [Fact]
    public void Ranks_well_on_notes_it_was_not_tuned_on()
    {
        var catalog = NotesReader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "Data", "corpus"));
        var index = TalkIndex.Build(catalog.Talks, new SearchOptions());
        var questions = File.ReadAllLines(DataFile("unseen-questions.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
        int top1 = 0, top3 = 0;
        foreach (var parts in questions)
        {
            var titles = index.Search(parts[0], 3).Hits.Select(h => h.Talk.Title).ToList();
            bool Right(string title) => parts[1].Split('|').Any(p => title.StartsWith(p, StringComparison.OrdinalIgnoreCase));
            top1 += titles.Take(1).Any(Right) ? 1 : 0;
            top3 += titles.Any(Right) ? 1 : 0;
            if (!titles.Take(1).Any(Right))
                output.WriteLine($"{parts[0]}  →  {string.Join(" | ", titles)}");
        }

        output.WriteLine($"unseen notes: {questions.Count} questions, top-1 {top1}, top-3 {top3}");
        Assert.True(top1 >= 0.8 * questions.Count && top3 >= 0.9 * questions.Count, $"top-1 {top1}, top-3 {top3} of {questions.Count}");
    }

    private static string DataFile(string file) => Path.Combine(Repository.Root, "tests", "ConfBot.Core.Tests", "Search", "Data", file);

    private static string Title(string id) => Catalog.Find(id)?.Title ?? id;

    private static List<(string Question, HashSet<string> Expected)> Questions(string file) =>
        File.ReadAllLines(DataFile(file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1] == "-" ? [] : parts[1].Split(',').Select(key => TalkIdByKey[key.Trim()]).ToHashSet()))
            .ToList();
}
