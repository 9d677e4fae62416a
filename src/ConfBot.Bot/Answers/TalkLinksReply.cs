using ConfBot.Bot.Replies;
using ConfBot.Core.Answers;
using ConfBot.Core.Talks;

namespace ConfBot.Bot.Answers;

/// <summary>Every link of one talk, talk page, slides and video first.</summary>
public static class TalkLinksReply
{
    public static BotReply Render(Talk talk)
    {
        var links = LinkOrder.ForAnswer(talk.Links);
        var list = links.Count == 0
            ? new RichTextBuilder().Italic("No links in the notes for this talk.").Build()
            : new RichTextBuilder().Bullets(links.Select(TalkParts.LinkText)).Build();
        return new BotReply($"{links.Count} links for {talk.Title}", [new ReplyParagraph(RichText.Bold($"Links for {talk.Title}")), new ReplyParagraph(list)]);
    }
}
