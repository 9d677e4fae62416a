using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Reading;
using ConfBot.Core.Talks;
using ConfBot.Core.Tests.TestSupport;

namespace ConfBot.Core.Tests.Notes;

/// <summary>No markup a reader left behind ever reaches a summary, a key point or an action point.</summary>
public sealed partial class MarkupResidueTests
{
    [Theory]
    [InlineData("Use `` Sysctl-a | grep pid_max `` to find the limit.", "Use Sysctl-a | grep pid_max to find the limit.")]
    [InlineData("Add a `#[cube]` annotation.", "Add a #[cube] annotation.")]
    [InlineData("Read the [OTel docs](https://opentelemetry.io){:target=\"_blank\"} first.", "Read the OTel docs first.")]
    [InlineData("{:.alert .alert-warning} These notes are a first draft.", "These notes are a first draft.")]
    [InlineData("Watch it {{< youtube abc123 >}} and {% include video.html %} later.", "Watch it and later.")]
    [InlineData("Great demo :smiley: :+1:", "Great demo")]
    [InlineData("Tom &amp; Jerry&#39;s &lt;talk&gt;", "Tom & Jerry's <talk>")]
    [InlineData("Slides <!-- _color: white --> are up.<br/>", "Slides are up.")]
    [InlineData("Je ne dirai pas lequel[^1].", "Je ne dirai pas lequel.")]
    [InlineData("On peut utiliser [Java Flight Recorder](Java Flight Recorder) aussi.", "On peut utiliser Java Flight Recorder aussi.")]
    [InlineData("See :ref:`the guide <guide>` and `PEP 8 <https://peps.python.org/pep-0008/>`_.", "See the guide and PEP 8.")]
    [InlineData("**Action point:** try Semian", "Action point: try Semian")]
    [InlineData("TODO [#A] Try Karpenter [1/3] :infra:", "TODO Try Karpenter")]
    [InlineData("AI coding tools are ~more trouble than they're worth~ very tricky.", "AI coding tools are very tricky.")]
    public void Markup_a_reader_left_is_removed(string text, string expected)
    {
        Assert.Equal(expected, MarkupResidue.Strip(text));
    }

    [Theory]
    [InlineData("Returning {:ok, data} breaks the pipe.")]
    [InlineData("Doors open at 10:30:00 sharp.")]
    [InlineData("Override __init__ and List<T> with care: 2 * 3 = 6.")]
    [InlineData("Mount it at C:\\Users\\dev then run it.")]
    [InlineData("Builds take ~5 minutes, ~10 on a cold cache.")]
    public void Code_and_plain_text_that_look_like_markup_are_kept(string text)
    {
        Assert.Equal(text, MarkupResidue.Strip(text));
    }

    [Fact]
    public void No_summary_key_point_or_action_point_in_the_real_notes_holds_markup()
    {
        var folders = new[] { Repository.Seeds, Repository.TestData("corpus"), Repository.TestData("corpus2") };
        var texts = folders.SelectMany(f => NotesReader.LoadFolder(f).Talks)
            .SelectMany(t => new[] { t.Summary ?? "" }.Concat(t.KeyPoints).Concat(t.ActionPoints.Select(a => a.Text)).Select(text => (t.Title, Text: text)))
            .ToList();
        Assert.NotEmpty(texts);
        Assert.Empty(texts.Where(t => Residue().IsMatch(t.Text)).Select(t => $"{t.Title}: {t.Text}"));
    }

    // Written apart from the stripping patterns: what a reader would see as markup, not how it is removed.
    [GeneratedRegex(@"`|\{[:.#]\s*[\w.#-]+(?:=|\s|\})|\{\{|\}\}|\{%|%\}|(?<![\w:/]):[a-z0-9_+-]+:(?![\w:/])|&(?:[a-zA-Z]+|#x?[0-9a-fA-F]+);|<!--|</?(?:a|b|i|em|strong|span|div|p|br|img|iframe|code|pre)\b[^>]*>|\]\(|\[\^|\*\*|(?<!\S)~[^\s~][^~]*[^\s~]~(?!\S)")]
    private static partial Regex Residue();
}
