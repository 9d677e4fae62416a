using System.Text.RegularExpressions;
using ConfBot.Core.Notes.Outline;
using ConfBot.Core.Notes.Reading;

namespace ConfBot.Core.Talks.Building;

/// <summary>Collects a write-up's key points, summary candidates, links and action points from its body blocks, free of markup residue.</summary>
internal sealed partial class ContentCollector(LinkCollector links)
{
    private readonly List<string> _keyPoints = [];
    private readonly List<string> _paragraphs = [];
    private readonly List<string> _items = [];
    private readonly List<string> _topItems = [];
    private readonly List<NotedActionPoint> _actions = [];
    private readonly Dictionary<int, string> _itemAtDepth = [];
    private ActionList? _actionList;

    public IReadOnlyList<string> KeyPoints => _keyPoints;
    public IReadOnlyList<NotedActionPoint> Actions => _actions;
    public bool IsEmpty => _keyPoints.Count == 0 && _actions.Count == 0;

    public void Add(NoteBlock block)
    {
        if (block.Kind == BlockKind.Heading)
        {
            _actionList = ActionPointText.IsLabel(block, block.Text) ? ActionList.Section : null;
            _actions.AddRange(ActionPointText.Read(block, MarkupResidue.Strip(block.Text), inActionList: false).Actions);
            return;
        }
        var plain = MarkupResidue.Strip(InlineUrl().Replace(block.Text, ""));
        foreach (var link in block.Links)
        {
            var text = link.Text.Length > 0 && link.Text != link.Url ? link.Text : InlineText.LabelAround(block.Text, link.Url);
            if (text.Length == 0 && block.Kind == BlockKind.Item)
                text = _itemAtDepth.GetValueOrDefault(block.Level - 1, "");
            links.Add(link.Url, LinkClassifier.Classify(link.Url, text), text);
        }
        if (block.Kind == BlockKind.Item)
            _itemAtDepth[block.Level] = plain;
        if (_actionList is { } list && !list.Holds(block))
            _actionList = null;
        if (ActionPointText.IsLabel(block, plain))
        {
            _actionList ??= block.Kind == BlockKind.Item ? ActionList.Below(block.Level) : ActionList.Below(-1);
            return;
        }
        var (rest, actions) = ActionPointText.Read(block, plain, _actionList is not null);
        _actions.AddRange(actions);
        rest = rest.Trim(' ', ':', '-', '(', ')');
        if (IsPlaceholder(rest) || rest.Length < 3 || block.Kind == BlockKind.Paragraph && Sentences.WordCount(rest) < 2)
            return;

        // Link labels ("Slides (TBD)") and bold bylines say where the talk is, not what it said: no summary is made of them.
        var tellsContent = !block.Emphasised && !IsLinkLabels(rest, block.Links);
        if (block.Kind == BlockKind.Item)
        {
            AddPoint(rest);
            if (tellsContent)
                _items.Add(rest);
            if (tellsContent && block.Level == 0)
                _topItems.Add(rest);
            return;
        }
        if (tellsContent)
            _paragraphs.Add(rest);
        foreach (var sentence in Sentences.Split(rest))
            if (Sentences.WordCount(sentence) >= 3)
                AddPoint(sentence);
    }

    /// <summary>What the talk was about, from what the write-up says most (<see cref="SummaryPicker"/>).</summary>
    public string? Summary(string title) =>
        SummaryPicker.Pick(title, _paragraphs, _topItems, _items);

    private void AddPoint(string point)
    {
        if (!_keyPoints.Contains(point, StringComparer.OrdinalIgnoreCase))
            _keyPoints.Add(point);
    }

    /// <summary>Where a label's to-do list runs: a label heading's whole section, or the items below a label paragraph or bullet.</summary>
    private sealed record ActionList(bool WholeSection, int DeeperThan)
    {
        public static readonly ActionList Section = new(true, 0);

        public static ActionList Below(int depth) => new(false, depth);

        public bool Holds(NoteBlock block) => WholeSection || block.Kind == BlockKind.Item && block.Level > DeeperThan;
    }

    private static bool IsLinkLabels(string text, IReadOnlyList<RawLink> links)
    {
        if (links.Count == 0)
            return false;
        var rest = links.Aggregate(text, (t, link) => link.Text.Length > 0 ? t.Replace(link.Text, " ", StringComparison.Ordinal) : t);
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) < 2;
    }

    private static bool IsPlaceholder(string text) => Placeholder().IsMatch(text);

    [GeneratedRegex(@"^\**\s*(?:fill\s*in|skipped|tbd|todo|to be done|n/?a|coming soon|wip)\s*\**[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\(?https?://[^\s)]+\)?")]
    private static partial Regex InlineUrl();
}
