using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace ConfBot.Core.Tests.Notes;

/// <summary>
/// corpus2 — 20 real notes by other authors in shapes and formats the seeds lack — against their hand labels
/// (Data/corpus2-gold.json, copied from shared/eval), scored as shared/tools/score_talks.py scores them. The
/// figures per file are printed so a change that helps one shape and hurts another shows which.
/// </summary>
public sealed class Corpus2GoldTests(ITestOutputHelper output)
{
    private static readonly SeedsGold Gold = SeedsGold.Load("corpus2-gold.json");
    private static readonly TalkCatalog Catalog = NotesReader.LoadFolder(Repository.TestData("corpus2"));

    [Fact]
    public void Most_labelled_talks_are_found_and_most_reported_talks_are_labelled()
    {
        var (found, labelled, matched, reported) = (0, 0, 0, 0);
        foreach (var note in Gold.Notes)
        {
            var mine = Catalog.Talks.Where(t => t.WriteUps.Any(w => w.Source.File == note.File)).ToList();
            var hits = note.Talks.Count(g => mine.Any(t => LooseTalkMatch.Matches(g, note.File, t)));
            var good = mine.Count(t => note.Talks.Any(g => LooseTalkMatch.Matches(g, note.File, t)));
            output.WriteLine($"{note.File}: {hits}/{note.Talks.Count} labelled talks found, {good}/{mine.Count} reported are labelled");
            (found, labelled, matched, reported) = (found + hits, labelled + note.Talks.Count, matched + good, reported + mine.Count);
        }
        output.WriteLine($"recall {found}/{labelled}, precision {matched}/{reported}");

        Assert.True(found >= MinimumRecall * labelled, $"recall {found}/{labelled} is under {MinimumRecall:P0}");
        Assert.True(matched >= MinimumPrecision * reported, $"precision {matched}/{reported} is under {MinimumPrecision:P0}");
    }

    [Fact]
    public void Hardly_anything_the_labels_call_not_a_talk_is_reported_as_one()
    {
        var wrong = Gold.Notes
            .SelectMany(n => n.NotTalks.Select(notTalk => (n.File, NotTalk: notTalk)))
            .Where(x => Catalog.Talks.Any(t => t.WriteUps.Any(w => w.Source.File == x.File && GoldMatcher.Normalise(w.Title) == GoldMatcher.Normalise(x.NotTalk))
                && !Gold.Notes.Single(n => n.File == x.File).Talks.Any(g => LooseTalkMatch.Matches(g, x.File, t))))
            .Select(x => $"{x.File}: {x.NotTalk}")
            .ToList();
        Assert.True(wrong.Count <= MaximumNotTalksReported, string.Join("\n", wrong));
    }

    [Fact]
    public void Every_labelled_action_point_is_on_its_talk()
    {
        foreach (var note in Gold.Notes)
            foreach (var talk in note.Talks.Where(t => t.ActionPoints.Count > 0))
            {
                var mine = Catalog.Talks.Where(t => t.WriteUps.Any(w => w.Source.File == note.File) && LooseTalkMatch.Matches(talk, note.File, t)).ToList();
                var actual = mine.SelectMany(t => t.ActionPoints).Select(a => GoldMatcher.Normalise(a.Text)).ToList();
                foreach (var action in talk.ActionPoints.Select(GoldMatcher.Normalise))
                    Assert.True(actual.Any(a => a.StartsWith(action[..Math.Min(action.Length, 40)], StringComparison.Ordinal)), $"{talk.Key}: '{action}' not in [{string.Join(" | ", actual)}]");
            }
    }

    // What issue #10 asks of reading notes nobody tuned it on; these labelled notes must clear it with room to spare.
    private const double MinimumRecall = 0.90;
    private const double MinimumPrecision = 0.90;
    // The organisers' announcements inside one note's lightning-talk blocks read like the talks around them.
    private const int MaximumNotTalksReported = 3;
}
