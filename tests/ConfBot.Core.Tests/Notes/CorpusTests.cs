using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes;

/// <summary>Real notes by other people (Data/corpus, sources and licences in Data/CORPUS-SOURCES.md), in formats the seeds lack.</summary>
public sealed class CorpusTests
{
    private static readonly TalkCatalog Corpus = NotesReader.LoadFolder(Path.Combine(AppContext.BaseDirectory, "Data", "corpus"));

    private static IReadOnlyList<Talk> From(string file) =>
        Corpus.Talks.Where(t => t.Sources.Any(s => s.File == file)).ToList();

    [Fact]
    public void Marp_deck_gives_one_talk_per_title_slide_despite_repeated_continuation_titles()
    {
        var talks = From("devopsdays-buffalo2019_colindean_marp.md");
        Assert.Equal(11, talks.Count);
        Assert.DoesNotContain(talks, t => t.Title is "FIN" or "devopsdays Buffalo 2019");
        var sre = Assert.Single(talks, t => t.Title.StartsWith("How to Run Smarter in Production", StringComparison.Ordinal));
        Assert.Contains("Jennifer Petoff (@jennski)", sre.Speakers);
        Assert.Contains(sre.KeyPoints, p => p.Contains("Error budget", StringComparison.OrdinalIgnoreCase) || p.Contains("SLO", StringComparison.Ordinal));
        Assert.All(talks, t => Assert.Equal("devopsdays Buffalo", t.Conference));
        Assert.All(talks, t => Assert.Equal(2019, t.Year));
    }

    [Fact]
    public void Speaker_headings_give_speaker_and_company_and_a_pasted_duplicate_is_one_talk()
    {
        var talks = From("kubecon-na2017_day1-keynotes_lastcoolnameleft.md");
        var kohn = Assert.Single(talks, t => t.Speakers.Contains("Dan Kohn"));
        Assert.Equal("CNCF", kohn.Company);
        Assert.Single(talks, t => t.Speakers.Contains("Hong Tang"));
        Assert.Equal("AWS", Assert.Single(talks, t => t.Speakers.Contains("Adrian Cockcroft")).Company);
    }

    [Fact]
    public void One_talk_file_names_its_speaker_from_the_first_bullet()
    {
        var talk = Assert.Single(From("kubecon-na2017_vault-on-k8s_lastcoolnameleft.md"));
        Assert.Equal("Vault on k8s", talk.Title);
        Assert.Contains("Armon", talk.Speakers);
        Assert.Contains(talk.KeyPoints, p => p.Contains("dynamic secrets", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Single_talk_with_author_field_keeps_its_sub_headings_inside()
    {
        var talk = Assert.Single(From("devopsdays-pdx2017_sre-superhero_rmiesen.md"));
        Assert.Equal("Archetype of an SRE Superhero: A DevOps Journey", talk.Title);
        Assert.Equal(["Jason Grimes"], talk.Speakers);
        Assert.Contains(talk.Links, l => l.Kind == LinkKind.Slides && l.Url == "http://goo.gl/slides/3yc3jg");
        Assert.Contains(talk.KeyPoints, p => p.Contains("You build it, you run it", StringComparison.Ordinal));
    }

    [Fact]
    public void Ignite_headings_name_speaker_then_title_and_skipped_talks_stay_listed_without_content()
    {
        var talks = From("devopsdays-pdx2017_ignites_rmiesen.md");
        Assert.Equal(5, talks.Count);
        var glenn = Assert.Single(talks, t => t.Speakers.Contains("Glenn Sarti"));
        Assert.Equal("Sharing: What's in it for me?", glenn.Title);
        var skipped = Assert.Single(talks, t => t.Speakers.Contains("Adam Lefkowitz"));
        Assert.Empty(skipped.KeyPoints);
    }

    [Fact]
    public void Index_of_stub_summaries_and_its_faq_yield_no_talks()
    {
        Assert.Empty(From("devopsdays-pdx2017_index_rmiesen.md"));
    }

    [Fact]
    public void Untitled_talks_under_setext_topic_headings_each_become_a_talk_with_their_video()
    {
        var talks = From("kubecon-na2019_arghya88_setext.md");
        Assert.Equal(18, talks.Count(t => t.Links.Any(l => l.Kind == LinkKind.Video)));
        Assert.All(talks, t => Assert.False(string.IsNullOrWhiteSpace(t.Title)));
        Assert.Contains(talks, t => t.Title.Contains("buildpack", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Essay_that_names_talks_inline_gives_those_talks_with_their_speakers()
    {
        var talks = From("rootconf2014_kaustavdm_jekyll.md");
        Assert.Equal(5, talks.Count);
        var lxc = Assert.Single(talks, t => t.Title.Contains("LXC and Puppet", StringComparison.Ordinal));
        Assert.Contains("Benjamin Kero", lxc.Speakers);
        Assert.Equal(LinkKind.TalkPage, lxc.TalkPage?.Kind);
        Assert.All(talks, t => Assert.Equal(2014, t.Year));
        Assert.DoesNotContain(talks, t => t.Title == "Higher expectations for the next RootConf");
    }

    [Fact]
    public void Corpus_loads_without_warnings()
    {
        Assert.Empty(Corpus.Warnings);
    }
}
