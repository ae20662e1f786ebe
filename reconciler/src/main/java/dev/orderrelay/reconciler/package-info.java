/** The reconciler role: proves per shop and UTC hour that every order arrived, and repairs what did not. */
package dev.orderrelay.reconciler;
