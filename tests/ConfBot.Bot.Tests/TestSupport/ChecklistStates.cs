using ConfBot.Core.State;
using Moq;

namespace ConfBot.Bot.Tests.TestSupport;

/// <summary>A checklist store holding the given states; every other action point is untouched.</summary>
internal static class ChecklistStates
{
    public static Mock<IActionPointStateStore> Holding(params ActionPointState[] states)
    {
        var store = new Mock<IActionPointStateStore>();
        store.Setup(s => s.GetManyAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyCollection<string> ids, CancellationToken _) =>
                ids.ToDictionary(id => id, id => states.FirstOrDefault(s => s.ActionPointId == id) ?? ActionPointState.Untouched(id)));
        return store;
    }
}
