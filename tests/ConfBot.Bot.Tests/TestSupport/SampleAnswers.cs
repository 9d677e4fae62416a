using ConfBot.Core.Answers;
using ConfBot.Core.Search;
using ConfBot.Core.Talks;
using Moq;

namespace ConfBot.Bot.Tests.TestSupport;

/// <summary>A knowledge core of <c>count</c> talks (<c>t1</c>…, each with a speaker and a link) that answers every question with all of them.</summary>
internal sealed class SampleAnswers
{
    public SampleAnswers(int count)
    {
        Talks = [.. Enumerable.Range(1, count).Select(i => new Talk
        {
            Id = $"t{i}",
            Title = $"Talk {i}",
            Speakers = [$"Speaker {i}"],
            Conference = "Rootconf",
            Year = 2017,
            Links = [new TalkLink($"https://slides.example/{i}", LinkKind.Slides, $"slides {i}")],
        })];
        var answers = new Mock<IAnswerService>();
        answers.Setup(a => a.Ask(It.IsAny<SearchQuery>(), It.IsAny<int>()))
            .Returns((SearchQuery q, int depth) => new Answer(q.Question, [.. Talks.Take(depth).Select(t => new AnswerHit(t, 1, [], t.Links))], new Dictionary<string, string>(), []));
        Answers = answers.Object;
        var catalog = new TalkCatalog(Talks, []);
        var knowledge = new Mock<IKnowledgeBase>();
        knowledge.Setup(k => k.Catalog).Returns(catalog);
        Knowledge = knowledge.Object;
    }

    public IReadOnlyList<Talk> Talks { get; }

    public IAnswerService Answers { get; }

    public IKnowledgeBase Knowledge { get; }
}
