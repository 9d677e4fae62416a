using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace ConfBot.Core.Tests.Notes;

/// <summary>
/// Labelled folders of notes in shapes and formats the seeds lack, scored as shared/tools/score_talks.py scores them:
/// corpus2 (20 real notes by other authors, labels copied from shared/eval), and three sets written and labelled by
/// people who had not seen the reading rules (Data/unseen1..3, see Data/UNSEEN-SOURCES.md). The figures per file are
/// printed so a change that helps one shape and hurts another shows which.
/// </summary>
public sealed class LabelledNotesGoldTests(ITestOutputHelper output)
{
    private static readonly SeedsGold Gold = SeedsGold.Load("corpus2-gold.json");
    private static readonly TalkCatalog Catalog = NotesReader.LoadFolder(Repository.TestData("corpus2"));

    // corpus2's floors are issue #10's 90 %; the unseen sets' are just under what reading reaches on them now (94/95,
    // 93/91, 67/86 %), so a change that loses talks there shows. Set 3 is the one still far from the rest.
    [Theory]
    [InlineData("corpus2", "corpus2-gold.json", 0.90, 0.90)]
    [InlineData("unseen1", "unseen1-gold.json", 0.90, 0.90)]
    [InlineData("unseen2", "unseen2-gold.json", 0.90, 0.88)]
    [InlineData("unseen3", "unseen3-gold.json", 0.65, 0.80)]
    public void Most_labelled_talks_are_found_and_most_reported_talks_are_labelled(string folder, string goldFile, double minimumRecall, double minimumPrecision)
    {
        var gold = SeedsGold.Load(goldFile);
        var catalog = folder == "corpus2" ? Catalog : NotesReader.LoadFolder(Repository.TestData(folder));
        var (found, labelled, matched, reported) = Score(gold, catalog);
        Assert.True(found >= minimumRecall * labelled, $"recall {found}/{labelled} is under {minimumRecall:P0}");
        Assert.True(matched >= minimumPrecision * reported, $"precision {matched}/{reported} is under {minimumPrecision:P0}");
    }

    private (int Found, int Labelled, int Matched, int Reported) Score(SeedsGold gold, TalkCatalog catalog)
    {
        var (found, labelled, matched, reported) = (0, 0, 0, 0);
        foreach (var note in gold.Notes)
        {
            var mine = catalog.Talks.Where(t => t.WriteUps.Any(w => w.Source.File == note.File)).ToList();
            var hits = note.Talks.Count(g => mine.Any(t => LooseTalkMatch.Matches(g, note.File, t)));
            var good = mine.Count(t => note.Talks.Any(g => LooseTalkMatch.Matches(g, note.File, t)));
            output.WriteLine($"{note.File}: {hits}/{note.Talks.Count} labelled talks found, {good}/{mine.Count} reported are labelled");
            (found, labelled, matched, reported) = (found + hits, labelled + note.Talks.Count, matched + good, reported + mine.Count);
        }
        output.WriteLine($"recall {found}/{labelled}, precision {matched}/{reported}");
        return (found, labelled, matched, reported);
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

    // The organisers' announcements inside one note's lightning-talk blocks read like the talks around them.
    private const int MaximumNotTalksReported = 3;
}
