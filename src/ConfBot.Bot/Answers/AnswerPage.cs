using ConfBot.Bot.Feedback;
using ConfBot.Bot.Replies;
using ConfBot.Bot.Requests;
using ConfBot.Core.Answers;

namespace ConfBot.Bot.Answers;

/// <summary>
/// One page of an answer: a heading, each talk, the buttons for the next page and for sharing, and feedback. Pure: the same
/// answer, request and context give the same reply.
/// </summary>
public static class AnswerPage
{
    public const int Size = 3;

    /// <summary>How many hits to ask for: one more than the page needs, to know whether "More results" is due.</summary>
    public static int Depth(BotRequest request) => request.Offset + Size + 1;

    /// <param name="answer">Every hit up to <see cref="Depth"/>; this page shows those from the request's offset.</param>
    /// <param name="heading">What the page is, e.g. “Talks that answer …”.</param>
    public static BotReply Render(BotRequest request, Answer answer, AnswerFocus focus, RichText heading, BotContext context)
    {
        var hits = answer.Hits.Skip(request.Offset).Take(Size).ToList();
        if (hits.Count == 0)
            return NothingFound(request, answer, context);

        var parts = new List<ReplyPart> { new ReplyParagraph(WithCorrections(heading, answer)) };
        if (context.SharedBy is { } user)
            parts.Add(new ReplyNote(new RichTextBuilder().Text("Shared by ").Mention(user).Build()));
        for (var i = 0; i < hits.Count; i++)
        {
            parts.Add(new ReplyDivider());
            parts.AddRange(TalkParts.For(hits[i], request.Offset + i + 1, focus));
        }

        // Before the page's own buttons: a message cut to Slack's size keeps its closing row, which leads to the rest.
        parts.Add(Feedback(request, context, [.. hits.Select(h => h.Talk.Id)]));
        var buttons = new List<ReplyButton>();
        if (answer.Hits.Count > request.Offset + Size)
            buttons.Add(new ReplyButton("More results", AnswerActions.MoreResults, PageState.Encode(request with { Offset = request.Offset + Size })));
        if (context.Private)
            buttons.Add(new ReplyButton("Share in channel", AnswerActions.ShareInChannel, PageState.Encode(request), Primary: true));
        if (buttons.Count > 0)
            parts.Add(new ReplyButtons(buttons));

        var titles = string.Join("; ", hits.Select(h => h.Talk.Title));
        return new BotReply($"{hits.Count} talk{(hits.Count == 1 ? "" : "s")}: {titles}", parts)
        {
            Subject = new ReplySubject(ReplyKind.Answer, [.. hits.Select(h => h.Talk.Id)]),
        };
    }

    /// <summary>“…”: the words asked, quoted.</summary>
    public static RichText Quoted(string prefix, string asked, string suffix) =>
        new RichTextBuilder().Text($"{prefix}“").Text(asked).Text($"”{suffix}").Build();

    private static RichText WithCorrections(RichText heading, Answer answer)
    {
        if (answer.Corrections.Count == 0)
            return heading;
        var read = string.Join(", ", answer.Corrections.Select(c => $"“{c.Key}” as “{c.Value}”"));
        return new RichTextBuilder().Append(heading).Line().Italic($"Reading {read}.").Build();
    }

    // A question nothing answers is feedback worth having too: it names a gap in the notes or in the search.
    private static ReplyFeedback Feedback(BotRequest request, BotContext context, IReadOnlyList<string> talkIds) =>
        new(new ShownAnswer(request.Text, context.Surface, request.Offset + 1, talkIds));

    private static BotReply NothingFound(BotRequest request, Answer answer, BotContext context)
    {
        var asked = request.Argument;
        if (request.Offset > 0)
            return BotReply.Say(Quoted("No more talks for ", asked, "."));
        var text = new RichTextBuilder().Append(Quoted("Nothing in the notes answers ", asked, " well.")).Line();
        if (answer.Suggestions.Count > 0)
            text.Text($"Close words in the notes: {string.Join(", ", answer.Suggestions)}.");
        else
            text.Text("Try other words, or ask for ").Code("help").Text(".");
        var said = text.Build();
        return new BotReply(said.ToPlainText(), [new ReplyParagraph(said), Feedback(request, context, [])]);
    }
}
