using ConfBot.Bot;
using ConfBot.Bot.Commands;
using ConfBot.Core.Answers;
using ConfBot.Core.Digests;
using ConfBot.Core.Links;
using ConfBot.Core.Notes;
using ConfBot.Core.Notes.Written;
using ConfBot.Core.Search;
using ConfBot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ConfBot.Bot.Tests.TestSupport;

/// <summary>The bot as <c>AddBot</c> composes it, over the given knowledge core and stores (inert fakes by default).</summary>
internal static class TestBot
{
    public static ServiceProvider Services(
        IAnswerService? answers = null, IKnowledgeBase? knowledge = null, IActionPointStateStore? states = null, ITalkLinkLookup? links = null,
        IFeedbackStore? feedback = null, IThreadAnswerStore? threads = null, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
            services.AddSingleton(time);
        services.AddSingleton(links ?? Mock.Of<ITalkLinkLookup>());
        services.AddSingleton(answers ?? Mock.Of<IAnswerService>());
        services.AddSingleton(knowledge ?? Mock.Of<IKnowledgeBase>(k => k.Catalog == Core.Talks.TalkCatalog.Empty));
        services.AddSingleton(states ?? Mock.Of<IActionPointStateStore>());
        services.AddSingleton(feedback ?? Mock.Of<IFeedbackStore>());
        services.AddSingleton(threads ?? Mock.Of<IThreadAnswerStore>());
        if (time is not null)
            services.AddSingleton(time);
        services.AddSingleton(Mock.Of<IDigestSubscriptionStore>());
        services.AddSingleton(Mock.Of<IDigestLog>());
        services.AddSingleton(Mock.Of<IDigestRunner>());
        services.AddSingleton(Mock.Of<IDigestBuilder>());
        services.AddSingleton(Mock.Of<IWrittenNotes>());
        services.AddOptions<NotesOptions>();
        services.AddOptions<DigestOptions>();
        services.AddLogging();
        services.AddBot();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static CommandTable Commands { get; } = Services().GetRequiredService<CommandTable>();
}
